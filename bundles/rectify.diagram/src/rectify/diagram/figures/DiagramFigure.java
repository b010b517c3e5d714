package rectify.diagram.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.jface.resource.JFaceResources;

/** The layer of the diagram's nodes, each placed by its constraint; the lanes lie beneath it. */
public final class DiagramFigure extends FreeformLayer {

    /** A layer with nodes placed by their constraints, in the workbench's default font. */
    public DiagramFigure() {
        setLayoutManager(new FreeformLayout());
        setFont(JFaceResources.getDefaultFont());
    }

    /** @return the nodes on the layer */
    List<NodeFigure> nodes() {
        List<NodeFigure> nodes = new ArrayList<>();
        for (Object child : getChildren()) {
            if (child instanceof NodeFigure node) {
                nodes.add(node);
            }
        }
        return nodes;
    }
}
