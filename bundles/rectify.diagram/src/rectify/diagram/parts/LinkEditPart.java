package rectify.diagram.parts;

import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;

import rectify.chain.Link;
import rectify.diagram.figures.LinkStyles;
import rectify.diagram.policies.LinkDeletePolicy;

/**
 * A link between two elements, drawn by its kind. A link never changes: it is removed and
 * another drawn; its ends cannot be dragged to other elements.
 */
final class LinkEditPart extends AbstractConnectionEditPart {

    LinkEditPart(Link link) {
        setModel(link);
    }

    @Override
    public Link getModel() {
        return (Link) super.getModel();
    }

    @Override
    protected IFigure createFigure() {
        return LinkStyles.figure(getModel().kind());
    }

    @Override
    protected void refreshVisuals() {
        if (getViewer().getContents() instanceof DiagramEditPart diagram) {
            ((Connection) getFigure()).setConnectionRouter(diagram.routerFor(getModel().kind()));
        }
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new LinkDeletePolicy());
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
    }
}
