package rectify.diagram.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Font;

import rectify.chain.Lane;
import rectify.chain.LinkKind;
import rectify.diagram.Messages;
import rectify.model.edit.UrgencyLegend;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;

/** The legend: the kinds of links, the colours of measures, the markers and the pin. */
final class Legend {

    private static final int PAD = 10;
    private static final int SAMPLE = 40;
    private static final int ROW_GAP = 6;

    private final List<String> rows = new ArrayList<>();
    private final Font font;
    private final Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);

    Legend(WarningThresholds thresholds, Font font) {
        this.font = font;
        for (LinkKind kind : LinkKind.values()) {
            rows.add(NLS.bind(Messages.legendLink,
                    new Object[] { kind.label(), kind.source().label(), kind.target().label() }));
        }
        for (Urgency state : Urgency.values()) {
            rows.add(NLS.bind(Messages.legendMeasure, UrgencyLegend.label(state, thresholds)));
        }
        rows.add(Messages.legendError);
        rows.add(Messages.legendWarning);
        rows.add(Messages.legendPinned);
    }

    /** @return the legend's bounds with its top left corner at x, y */
    Rectangle bounds(int x, int y) {
        int width = FigureUtilities.getTextWidth(Messages.legendTitle, bold);
        for (String row : rows) {
            width = Math.max(width, SAMPLE + PAD + FigureUtilities.getTextWidth(row, font));
        }
        return new Rectangle(x, y, width + 2 * PAD, PAD + (rows.size() + 1) * rowHeight() + PAD);
    }

    /** Paints the legend with its top left corner at x, y. */
    void paint(Graphics g, int x, int y) {
        Rectangle frame = bounds(x, y);
        g.setBackgroundColor(DiagramColors.PAPER);
        g.fillRectangle(frame);
        g.setForegroundColor(DiagramColors.MUTED);
        g.drawRectangle(frame.getCopy().resize(-1, -1));
        g.setFont(bold);
        g.setForegroundColor(DiagramColors.TEXT);
        g.drawText(Messages.legendTitle, x + PAD, y + PAD);
        g.setFont(font);
        int row = 1;
        int h = rowHeight();
        for (LinkKind kind : LinkKind.values()) {
            int top = y + PAD + row * h;
            LinkStyles.sample(g, kind, x + PAD, x + PAD + SAMPLE, top + h / 2 - 1);
            text(g, row++, x, y);
        }
        for (Urgency state : Urgency.values()) {
            int top = y + PAD + row * h;
            g.setBackgroundColor(DiagramColors.fill(state));
            g.fillRoundRectangle(new Rectangle(x + PAD, top + 1, SAMPLE, h - ROW_GAP), 6, 6);
            g.setForegroundColor(DiagramColors.border(Lane.MEASURES));
            g.drawRoundRectangle(new Rectangle(x + PAD, top + 1, SAMPLE, h - ROW_GAP), 6, 6);
            text(g, row++, x, y);
        }
        Glyphs.marker(g, Diagnostic.ERROR, x + PAD + (SAMPLE - Glyphs.SIZE) / 2, y + PAD + row * h);
        text(g, row++, x, y);
        Glyphs.marker(g, Diagnostic.WARNING, x + PAD + (SAMPLE - Glyphs.SIZE) / 2, y + PAD + row * h);
        text(g, row++, x, y);
        Glyphs.pin(g, x + PAD + (SAMPLE - Glyphs.SIZE) / 2, y + PAD + row * h);
        text(g, row, x, y);
    }

    private void text(Graphics g, int row, int x, int y) {
        g.setForegroundColor(DiagramColors.TEXT);
        g.drawText(rows.get(row - 1), x + PAD + SAMPLE + PAD, y + PAD + row * rowHeight());
    }

    private int rowHeight() {
        return FigureUtilities.getFontMetrics(font).getHeight() + ROW_GAP;
    }
}
