package rectify.diagram.parts;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayeredPane;
import org.eclipse.draw2d.LayeredPane;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;

import rectify.diagram.figures.LaneLayer;

/**
 * The root of the diagram, zoomable, with its printable layers from the bottom up: the lanes
 * and legend, the links, the nodes.
 */
public final class DiagramRootEditPart extends ScalableFreeformRootEditPart {

    @Override
    protected LayeredPane createPrintableLayers() {
        FreeformLayeredPane layers = new FreeformLayeredPane();
        layers.add(new LaneLayer(), LaneLayer.ID);
        layers.add(new ConnectionLayer(), CONNECTION_LAYER);
        layers.add(new FreeformLayer(), PRIMARY_LAYER);
        return layers;
    }
}
