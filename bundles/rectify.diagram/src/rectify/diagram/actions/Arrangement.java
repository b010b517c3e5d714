package rectify.diagram.actions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.commands.Command;

import rectify.chain.Link;
import rectify.chain.commands.LayoutCommands;
import rectify.chain.layout.AutoLayout;
import rectify.chain.layout.Bounds;
import rectify.chain.view.Diagram;
import rectify.diagram.commands.GefCommand;
import rectify.diagram.figures.NodeFigure;
import rectify.model.ChainElement;
import rectify.model.NodeLayout;

/**
 * The auto-layout of the nodes shown: each as wide as it is and as high as its headline needs,
 * arranged by {@link AutoLayout}; pinned nodes stay.
 */
public final class Arrangement {

    private Arrangement() {
    }

    /** @return the command that arranges the diagram in {@code viewer}; it cannot execute when nothing moves */
    public static Command command(GraphicalViewer viewer) {
        Diagram diagram = (Diagram) viewer.getContents().getModel();
        List<AutoLayout.Node> nodes = new ArrayList<>();
        Set<Link> links = new LinkedHashSet<>();
        for (ChainElement element : diagram.elements()) {
            if (!(viewer.getEditPartRegistry().get(element) instanceof GraphicalEditPart part)
                    || !(part.getFigure() instanceof NodeFigure figure)) {
                continue;
            }
            Bounds now = diagram.boundsOf(element);
            NodeLayout layout = diagram.layoutOf(element);
            boolean pinned = layout != null && layout.isPinned();
            int height = figure.getPreferredSize(now.width(), -1).height;
            nodes.add(new AutoLayout.Node(element, now.width(), height, pinned ? now : null));
            links.addAll(diagram.outgoing(element));
        }
        return new GefCommand(LayoutCommands.arrange(diagram.domain(), diagram.review(), nodes, links));
    }
}
