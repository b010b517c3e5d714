package rectify.testing;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The widgets of a window or a part, as tests look for them. */
public final class Widgets {

    private Widgets() {
    }

    /**
     * @param parent a composite
     * @param type the kind of control
     * @return the controls of that kind inside the composite, at any depth, in the order they are laid out
     */
    public static <T extends Control> Stream<T> descendants(Composite parent, Class<T> type) {
        return Arrays.stream(parent.getChildren()).flatMap(child -> Stream.concat(
                type.isInstance(child) ? Stream.of(type.cast(child)) : Stream.empty(),
                child instanceof Composite composite ? descendants(composite, type) : Stream.empty()));
    }
}
