package rectify.diagram.editor;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.gef.requests.CreationFactory;

/** Makes what a palette tool creates: a new problem, cause or measure, or a kind of link. */
final class PaletteFactory implements CreationFactory {

    private final Object type;
    private final Supplier<Object> maker;

    PaletteFactory(Object type, Supplier<Object> maker) {
        this.type = Objects.requireNonNull(type, "type");
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    @Override
    public Object getNewObject() {
        return maker.get();
    }

    @Override
    public Object getObjectType() {
        return type;
    }
}
