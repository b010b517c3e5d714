package rectify.diagram.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.PolylineDecoration;
import org.eclipse.draw2d.RotatableDecoration;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.swt.SWT;

import rectify.chain.LinkKind;

/** How each kind of link is drawn: in its colour and line, with its head ({@link LinkKind}). */
public final class LinkStyles {

    private static final int WIDTH = 2;

    private LinkStyles() {
    }

    /** @return a connection figure drawn as {@code kind} */
    public static PolylineConnection figure(LinkKind kind) {
        PolylineConnection connection = new LinkFigure();
        connection.setForegroundColor(DiagramColors.link(kind));
        connection.setBackgroundColor(DiagramColors.link(kind));
        connection.setLineWidth(WIDTH);
        connection.setLineStyle(lineStyle(kind));
        connection.setTargetDecoration(head(kind));
        connection.setToolTip(new Label(kind.label()));
        return connection;
    }

    /** Paints a sample of {@code kind} from x1 to x2 at y, for the legend. */
    static void sample(Graphics g, LinkKind kind, int x1, int x2, int y) {
        g.setForegroundColor(DiagramColors.link(kind));
        g.setBackgroundColor(DiagramColors.link(kind));
        g.setLineWidth(WIDTH);
        g.setLineStyle(lineStyle(kind));
        g.drawLine(x1, y, x2 - 4, y);
        g.setLineStyle(SWT.LINE_SOLID);
        PointList head = new PointList(new int[] { x2 - 9, y - 4, x2, y, x2 - 9, y + 4 });
        if (kind.openHead()) {
            g.drawPolyline(head);
        } else {
            g.fillPolygon(head);
        }
        g.setLineWidth(1);
    }

    private static int lineStyle(LinkKind kind) {
        return switch (kind.line()) {
            case SOLID -> SWT.LINE_SOLID;
            case DASHED -> SWT.LINE_DASH;
            case DOTTED -> SWT.LINE_DOT;
        };
    }

    private static RotatableDecoration head(LinkKind kind) {
        if (kind.openHead()) {
            PolylineDecoration open = new PolylineDecoration();
            open.setScale(9, 4);
            return open;
        }
        PolygonDecoration filled = new PolygonDecoration();
        filled.setScale(9, 4);
        return filled;
    }
}
