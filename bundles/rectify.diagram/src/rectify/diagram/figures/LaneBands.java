package rectify.diagram.figures;

import java.util.List;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Font;

import rectify.chain.Lane;
import rectify.chain.layout.Bounds;
import rectify.chain.layout.Placement;
import rectify.diagram.Messages;

/** The background bands of the three lanes, each with its heading, around the nodes they hold. */
final class LaneBands {

    /** Space around the nodes of a lane. */
    private static final int PAD = 16;
    /** Height of the heading above the first node. */
    static final int HEADING = 40;
    private static final int EMPTY_HEIGHT = 320;

    private final Rectangle[] bands;
    private final int[] counts;

    private LaneBands(Rectangle[] bands, int[] counts) {
        this.bands = bands;
        this.counts = counts;
    }

    /** @return the bands around {@code nodes} */
    static LaneBands around(List<NodeFigure> nodes) {
        int lanes = Lane.values().length;
        int[] left = new int[lanes];
        int[] right = new int[lanes];
        int[] counts = new int[lanes];
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (NodeFigure node : nodes) {
            Rectangle r = node.getBounds();
            int lane = node.lane().ordinal();
            left[lane] = counts[lane] == 0 ? r.x : Math.min(left[lane], r.x);
            right[lane] = counts[lane] == 0 ? r.right() : Math.max(right[lane], r.right());
            counts[lane]++;
            top = Math.min(top, r.y);
            bottom = Math.max(bottom, r.bottom());
        }
        if (nodes.isEmpty()) {
            top = Placement.MARGIN;
            bottom = top + EMPTY_HEIGHT;
        }
        int bandTop = Math.min(0, top - HEADING);
        Rectangle[] bands = new Rectangle[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            int x = counts[lane] > 0 ? left[lane] - PAD
                    : lane > 0 ? bands[lane - 1].right() + PAD : Placement.MARGIN - PAD;
            int width = counts[lane] > 0 ? right[lane] - left[lane] + 2 * PAD : Bounds.DEFAULT_WIDTH + 2 * PAD;
            bands[lane] = new Rectangle(x, bandTop, width, bottom + PAD - bandTop);
        }
        return new LaneBands(bands, counts);
    }

    /** @return the area all bands cover */
    Rectangle extent() {
        Rectangle extent = bands[0].getCopy();
        for (Rectangle band : bands) {
            extent.union(band);
        }
        return extent;
    }

    /** Paints the bands and their headings. */
    void paint(Graphics g) {
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        g.setFont(bold);
        for (Lane lane : Lane.values()) {
            Rectangle band = bands[lane.ordinal()];
            g.setBackgroundColor(DiagramColors.tint(lane));
            g.fillRectangle(band);
            String heading = NLS.bind(Messages.laneHeading, lane.label(), counts[lane.ordinal()]);
            int width = FigureUtilities.getTextWidth(heading, bold);
            g.setForegroundColor(DiagramColors.border(lane));
            g.drawText(heading, band.x + (band.width - width) / 2, band.y + 10);
        }
    }
}
