package rectify.diagram.parts;

import org.eclipse.core.runtime.ILog;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import rectify.chain.Link;
import rectify.chain.view.Diagram;
import rectify.model.ChainElement;

/**
 * Makes the edit part of each model object of the diagram; an object it does not know is logged
 * and shown as a placeholder instead of failing the whole diagram.
 */
public final class DiagramPartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        return switch (model) {
            case Diagram diagram -> new DiagramEditPart(diagram);
            case ChainElement element -> new ElementEditPart(element);
            case Link link -> new LinkEditPart(link);
            default -> {
                ILog.of(getClass()).warn("The diagram has no edit part for " + model + "; it shows a placeholder.");
                yield new PlaceholderEditPart(model);
            }
        };
    }
}
