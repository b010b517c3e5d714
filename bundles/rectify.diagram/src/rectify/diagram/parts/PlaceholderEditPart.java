package rectify.diagram.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.osgi.util.NLS;

import rectify.diagram.Messages;

/** Stands for a model object the diagram does not know: a label naming it, and nothing to edit. */
final class PlaceholderEditPart extends AbstractGraphicalEditPart {

    PlaceholderEditPart(Object model) {
        setModel(model);
    }

    @Override
    protected IFigure createFigure() {
        return new Label(NLS.bind(Messages.unknownElement, getModel()));
    }

    @Override
    protected void createEditPolicies() {
        // nothing can be done with an unknown object
    }
}
