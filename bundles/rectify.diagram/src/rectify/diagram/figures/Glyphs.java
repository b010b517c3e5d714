package rectify.diagram.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.emf.common.util.Diagnostic;

/** Small vector signs: the markers of the closed-loop rules and the pin of a pinned node. */
final class Glyphs {

    /** The width and height of a glyph. */
    static final int SIZE = 14;

    private Glyphs() {
    }

    /** Paints the sign of a severity (a red disc for errors, an amber triangle otherwise) at x, y. */
    static void marker(Graphics g, int severity, int x, int y) {
        if (severity >= Diagnostic.ERROR) {
            g.setBackgroundColor(DiagramColors.ERROR);
            g.fillOval(x, y, SIZE, SIZE);
            g.setForegroundColor(ColorConstants.white);
            g.setBackgroundColor(ColorConstants.white);
        } else {
            PointList triangle = new PointList(new int[] { x + SIZE / 2, y, x + SIZE, y + SIZE, x, y + SIZE });
            g.setBackgroundColor(DiagramColors.WARNING);
            g.fillPolygon(triangle);
            g.setForegroundColor(DiagramColors.TEXT);
            g.setBackgroundColor(DiagramColors.TEXT);
        }
        int middle = x + SIZE / 2;
        g.setLineWidth(2);
        g.drawLine(middle, y + 4, middle, y + 8);
        g.fillRectangle(middle - 1, y + 10, 2, 2);
        g.setLineWidth(1);
    }

    /** Paints a pin at x, y. */
    static void pin(Graphics g, int x, int y) {
        g.setBackgroundColor(DiagramColors.MUTED);
        g.setForegroundColor(DiagramColors.MUTED);
        g.fillOval(x + 3, y, 8, 8);
        g.setLineWidth(2);
        g.drawLine(x + 7, y + 8, x + 7, y + SIZE);
        g.setLineWidth(1);
    }
}
