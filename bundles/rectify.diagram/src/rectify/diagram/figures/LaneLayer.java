package rectify.diagram.figures;

import java.util.Objects;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.LayoutListener;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;

import rectify.model.urgency.WarningThresholds;

/**
 * The bottom layer of the diagram: the bands of the three lanes around the nodes, with their
 * headings, and the legend right of them. Links are drawn above it and below the nodes, so that
 * a link passing a node goes behind it.
 */
public final class LaneLayer extends FreeformLayer {

    /** The layer's key among the printable layers. */
    public static final String ID = "rectify.diagram.lanes";

    private static final int LEGEND_GAP = 40;

    private final LayoutListener follower = new LayoutListener.Stub() {
        @Override
        public void postLayout(IFigure figure) {
            nodesMoved();
        }
    };
    private DiagramFigure nodes;
    private WarningThresholds thresholds = WarningThresholds.DEFAULT;
    private Rectangle extent;
    private LaneBands bands;
    private Legend legend;

    /** A layer in the workbench's default font. */
    public LaneLayer() {
        setFont(JFaceResources.getDefaultFont());
    }

    /** @param layer the layer of nodes to draw the lanes of; {@code null} for none */
    public void follow(DiagramFigure layer) {
        if (nodes != null) {
            nodes.removeLayoutListener(follower);
        }
        nodes = layer;
        if (nodes != null) {
            nodes.addLayoutListener(follower);
        }
        nodesMoved();
    }

    /** @param thresholds the warning thresholds the legend names */
    public void setThresholds(WarningThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        nodesMoved();
    }

    @Override
    public Rectangle getFreeformExtent() {
        if (nodes == null) {
            return super.getFreeformExtent();
        }
        return bands().extent().getCopy().union(legendBounds());
    }

    @Override
    protected void paintFigure(Graphics g) {
        super.paintFigure(g);
        if (nodes != null) {
            bands().paint(g);
            Rectangle at = legendBounds();
            legend().paint(g, at.x, at.y);
        }
    }

    private LaneBands bands() {
        if (bands == null) {
            bands = LaneBands.around(nodes.nodes());
        }
        return bands;
    }

    private Legend legend() {
        if (legend == null) {
            legend = new Legend(thresholds, getFont());
        }
        return legend;
    }

    private void nodesMoved() {
        bands = null;
        legend = null;
        Rectangle now = getFreeformExtent();
        if (!now.equals(extent)) {
            extent = now.getCopy();
            fireExtentChanged();
        }
        repaint();
    }

    private Rectangle legendBounds() {
        Rectangle lanes = bands().extent();
        return legend().bounds(lanes.right() + LEGEND_GAP, lanes.y);
    }
}
