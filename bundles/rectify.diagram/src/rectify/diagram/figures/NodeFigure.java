package rectify.diagram.figures;

import java.util.List;
import java.util.Objects;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

import rectify.chain.Lane;
import rectify.chain.layout.Bounds;
import rectify.chain.view.Marker;

/**
 * A problem, cause or measure: a rounded box in its lane's colour with its number and a detail
 * in the first line and its headline below, wrapped; a marker when the closed-loop rules have
 * something to say, a pin when auto-layout must leave it where it is.
 */
public final class NodeFigure extends Figure {

    private static final int PAD = 8;
    private static final int GAP = 4;
    private static final int ARC = 12;
    private static final int MIN_HEIGHT = 48;
    /** Below this scale (overviews, whole diagrams) the text would be unreadable: only boxes are drawn. */
    private static final double TEXT_SCALE = 0.3;

    private final Lane lane;
    private String title = "";
    private String detail = "";
    private String headline = "";
    private Color fill = DiagramColors.PAPER;
    private Marker marker;
    private boolean pinned;
    private List<String> lines = List.of();
    private int wrapWidth = -1;
    private Font wrapFont;

    /** @param lane the lane of the element shown */
    public NodeFigure(Lane lane) {
        this.lane = Objects.requireNonNull(lane, "lane");
    }

    /** @return the lane of the element shown */
    public Lane lane() {
        return lane;
    }

    /**
     * @param title the kind and number, e.g. 问题 1.2
     * @param detail a short detail shown right of it
     * @param headline the headline, wrapped to the width
     */
    public void setTexts(String title, String detail, String headline) {
        String oneLine = headline.replaceAll("\\s*\\R\\s*", " ");
        if (!title.equals(this.title) || !detail.equals(this.detail) || !oneLine.equals(this.headline)) {
            this.title = title;
            this.detail = detail;
            this.headline = oneLine;
            wrapWidth = -1;
            repaint();
        }
    }

    /** @return the kind and number as shown, e.g. 问题 1.2 */
    public String title() {
        return title;
    }

    /** @return the headline as shown */
    public String headline() {
        return headline;
    }

    /** @return the headline's lines at the current width */
    public List<String> lines() {
        return wrap(getBounds().width - 2 * PAD);
    }

    /** @param fill the background, e.g. a measure's state */
    public void setFill(Color fill) {
        if (!fill.equals(this.fill)) {
            this.fill = fill;
            repaint();
        }
    }

    /** @return the background */
    public Color fill() {
        return fill;
    }

    /** @param marker what the rules say, or {@code null} */
    public void setMarker(Marker marker) {
        if (!Objects.equals(marker, this.marker)) {
            this.marker = marker;
            repaint();
        }
    }

    /** @return what the rules say, or {@code null} */
    public Marker marker() {
        return marker;
    }

    /** @param pinned whether auto-layout leaves the node where it is */
    public void setPinned(boolean pinned) {
        if (pinned != this.pinned) {
            this.pinned = pinned;
            repaint();
        }
    }

    /** @return the area of the headline, in this figure's coordinates, for editing it in place */
    public Rectangle headlineArea() {
        Rectangle area = getBounds().getCopy();
        int top = PAD + lineHeight() + 2 * GAP;
        return new Rectangle(area.x + PAD - 2, area.y + top - 2, area.width - 2 * PAD + 4,
                Math.max(lineHeight() + 4, area.height - top - PAD + 4));
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        int width = wHint > 0 ? wHint : Bounds.DEFAULT_WIDTH;
        int text = wrap(width - 2 * PAD).size() * lineHeight();
        return new Dimension(width, Math.max(MIN_HEIGHT, PAD + lineHeight() + 2 * GAP + text + PAD));
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().resize(-1, -1);
        g.setAntialias(SWT.ON);
        g.setBackgroundColor(fill);
        g.fillRoundRectangle(r, ARC, ARC);
        g.setForegroundColor(DiagramColors.border(lane));
        g.setLineWidth(2);
        g.drawRoundRectangle(r.getCopy().shrink(1, 1), ARC, ARC);
        g.setLineWidth(1);
        if (g.getAbsoluteScale() < TEXT_SCALE) {
            return;
        }
        int right = r.right() - PAD - (marker != null ? Glyphs.SIZE + GAP : 0) - (pinned ? Glyphs.SIZE + GAP : 0);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        g.setFont(bold);
        g.drawText(title, r.x + PAD, r.y + PAD);
        int titleRight = r.x + PAD + FigureUtilities.getTextWidth(title, bold) + 2 * GAP;
        g.setFont(getFont());
        int detailWidth = FigureUtilities.getTextWidth(detail, getFont());
        if (!detail.isEmpty() && titleRight < right) {
            g.setForegroundColor(DiagramColors.MUTED);
            String shown = titleRight + detailWidth <= right ? detail
                    : TextWrap.ellipsis(detail, getFont(), right - titleRight);
            g.drawText(shown, right - FigureUtilities.getTextWidth(shown, getFont()), r.y + PAD);
        }
        paintGlyphs(g, r);
        int rule = r.y + PAD + lineHeight() + GAP;
        g.setForegroundColor(DiagramColors.tint(lane));
        g.drawLine(r.x + PAD, rule, r.right() - PAD, rule);
        paintHeadline(g, r, rule + GAP);
    }

    private void paintGlyphs(Graphics g, Rectangle r) {
        int x = r.right() - PAD - Glyphs.SIZE;
        if (marker != null) {
            Glyphs.marker(g, marker.severity(), x, r.y + PAD);
            x -= Glyphs.SIZE + GAP;
        }
        if (pinned) {
            Glyphs.pin(g, x, r.y + PAD);
        }
    }

    private void paintHeadline(Graphics g, Rectangle r, int top) {
        g.setForegroundColor(DiagramColors.TEXT);
        List<String> shown = wrap(r.width - 2 * PAD);
        int fitting = Math.max(1, (r.bottom() - PAD - top + 2) / lineHeight());
        for (int i = 0; i < shown.size() && i < fitting; i++) {
            String line = shown.get(i);
            if (i == fitting - 1 && shown.size() > fitting) {
                line = TextWrap.ellipsis(line, getFont(), r.width - 2 * PAD);
            }
            g.drawText(line, r.x + PAD, top + i * lineHeight());
        }
    }

    private List<String> wrap(int width) {
        Font font = getFont();
        if (font == null) {
            return List.of(headline);
        }
        if (width != wrapWidth || font != wrapFont) {
            lines = TextWrap.lines(headline, font, width);
            wrapWidth = width;
            wrapFont = font;
        }
        return lines;
    }

    private int lineHeight() {
        Font font = getFont();
        return font == null ? 16 : FigureUtilities.getFontMetrics(font).getHeight();
    }
}
