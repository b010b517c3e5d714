package rectify.diagram.policies;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;

import rectify.chain.Lane;
import rectify.chain.commands.ChainCommands;
import rectify.chain.commands.LayoutCommands;
import rectify.chain.layout.Bounds;
import rectify.chain.view.Diagram;
import rectify.diagram.Messages;
import rectify.diagram.commands.GefCommand;
import rectify.model.ChainElement;

/**
 * Creates, moves, resizes and aligns nodes, storing where they go in the review's layout. What
 * would put a node among the nodes of another lane is refused: the lanes stay in order.
 */
public final class DiagramLayoutPolicy extends XYLayoutEditPolicy {

    private static final Dimension MINIMUM = new Dimension(120, 48);

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (!(request.getNewObject() instanceof ChainElement element) || element.eContainer() != null) {
            return null;
        }
        Diagram diagram = Hosts.diagram(getHost());
        Rectangle r = (Rectangle) getConstraintFor(request);
        Bounds bounds = new Bounds(r.x, r.y, r.width > 0 ? r.width : Bounds.DEFAULT_WIDTH,
                r.height > 0 ? r.height : Bounds.DEFAULT_HEIGHT);
        if (!diagram.keepsLanes(element, bounds, Set.of())) {
            return null;
        }
        return new GefCommand(ChainCommands.create(diagram.domain(), diagram.review(), element, bounds,
                nearestAbove(diagram, Lane.of(element), bounds.y())));
    }

    @Override
    protected Command createChangeConstraintCommand(ChangeBoundsRequest request, EditPart child, Object constraint) {
        Set<Object> moving = new HashSet<>();
        if (RequestConstants.REQ_MOVE_CHILDREN.equals(request.getType())) {
            for (Object selected : getHost().getViewer().getSelectedEditParts()) {
                moving.add(((EditPart) selected).getModel());
            }
        }
        String label = RequestConstants.REQ_RESIZE_CHILDREN.equals(request.getType()) ? Messages.commandResize
                : RequestConstants.REQ_ALIGN_CHILDREN.equals(request.getType()) ? Messages.commandAlign
                        : Messages.commandMove;
        return place(child, (Rectangle) constraint, moving, label);
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        return place(child, (Rectangle) constraint, Set.of(), Messages.commandMove);
    }

    @Override
    protected Dimension getMinimumSizeFor(GraphicalEditPart child) {
        return MINIMUM;
    }

    private Command place(EditPart child, Rectangle r, Set<?> moving, String label) {
        if (!(child.getModel() instanceof ChainElement element) || r.width <= 0 || r.height <= 0) {
            return null;
        }
        Diagram diagram = Hosts.diagram(getHost());
        Bounds bounds = new Bounds(r.x, r.y, r.width, r.height);
        if (!diagram.keepsLanes(element, bounds, moving)) {
            return null;
        }
        return new GefCommand(LayoutCommands.place(diagram.domain(), diagram.review(), Map.of(element, bounds), label));
    }

    /** @return the element of the lane shown nearest above {@code y}, or {@code null} */
    private static ChainElement nearestAbove(Diagram diagram, Lane lane, int y) {
        ChainElement nearest = null;
        int nearestY = Integer.MIN_VALUE;
        for (ChainElement element : diagram.elements()) {
            int top = diagram.boundsOf(element).y();
            if (lane.holds(element) && top <= y && top > nearestY) {
                nearest = element;
                nearestY = top;
            }
        }
        return nearest;
    }
}
