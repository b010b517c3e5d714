package rectify.diagram.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolylineConnection;

/**
 * A link. In overviews below a tenth of the size (the Outline of a large diagram, or all of it
 * zoomed to fit) links are left out: there they would only be a grey mass, and drawing thousands
 * of them would keep the workbench busy.
 */
final class LinkFigure extends PolylineConnection {

    private static final double MIN_SCALE = 0.1;

    @Override
    public void paint(Graphics graphics) {
        if (graphics.getAbsoluteScale() >= MIN_SCALE) {
            super.paint(graphics);
        }
    }
}
