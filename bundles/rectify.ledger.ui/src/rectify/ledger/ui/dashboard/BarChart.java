package rectify.ledger.ui.dashboard;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import rectify.ledger.ui.Messages;

/**
 * A bar chart drawn with SWT's GC: a title, and bars with their labels and values, standing
 * (labels below, every n-th when they would crowd) or lying (labels to the left). Bars scale to the
 * largest value; a line saying there is no data when there are none.
 */
public final class BarChart extends Canvas {

    private static final int PADDING = 8;
    private static final int GAP = 4;
    private static final int WIDEST_SLOT = 64;

    private final boolean lying;
    private String title = ""; //$NON-NLS-1$
    private List<Bar> bars = List.of();

    /**
     * @param parent the parent
     * @param lying true for horizontal bars (long labels), false for standing bars (months)
     */
    public BarChart(Composite parent, boolean lying) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.lying = lying;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(event -> paint(event.gc));
    }

    /**
     * @param heading the title of the chart
     * @param shown the bars, in order
     */
    public void setBars(String heading, List<Bar> shown) {
        title = heading;
        bars = List.copyOf(shown);
        redraw();
    }

    /** @return the bars shown */
    public List<Bar> bars() {
        return bars;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        GC gc = new GC(this);
        try {
            int line = gc.getFontMetrics().getHeight();
            int height = lying ? PADDING * 3 + line + bars.size() * (line + GAP) : PADDING * 3 + line * 2 + 160;
            return new Point(wHint == SWT.DEFAULT ? 360 : wHint, hHint == SWT.DEFAULT ? height : hHint);
        } finally {
            gc.dispose();
        }
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int line = gc.getFontMetrics().getHeight();
        gc.drawText(title, PADDING, PADDING, true);
        if (bars.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            gc.drawText(Messages.noData, PADDING, PADDING * 2 + line, true);
            return;
        }
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        Rectangle plot = new Rectangle(PADDING, PADDING * 2 + line, area.width - 2 * PADDING,
                area.height - PADDING * 3 - line);
        if (lying) {
            paintLying(gc, plot, line, max);
        } else {
            paintStanding(gc, plot, line, max);
        }
    }

    private void paintLying(GC gc, Rectangle plot, int line, int max) {
        int labels = bars.stream().mapToInt(bar -> gc.textExtent(bar.label()).x).max().orElse(0) + GAP * 2;
        int values = gc.textExtent(Integer.toString(max)).x + GAP * 2;
        int room = Math.max(1, plot.width - labels - values);
        int y = plot.y;
        for (Bar bar : bars) {
            gc.drawText(bar.label(), plot.x, y, true);
            int length = (int) Math.round((double) room * bar.value() / max);
            gc.setBackground(bar.color());
            gc.fillRectangle(plot.x + labels, y + 2, Math.max(length, bar.value() > 0 ? 2 : 0), line - 4);
            gc.drawText(Integer.toString(bar.value()), plot.x + labels + length + GAP, y, true);
            y += line + GAP;
        }
    }

    private void paintStanding(GC gc, Rectangle plot, int line, int max) {
        int base = plot.y + plot.height - line - GAP;
        int room = Math.max(1, base - plot.y - line);
        int slot = Math.max(1, Math.min(WIDEST_SLOT, plot.width / bars.size()));
        int left = plot.x + (plot.width - slot * bars.size()) / 2;
        int widest = bars.stream().mapToInt(bar -> gc.textExtent(bar.label()).x).max().orElse(0) + GAP;
        int every = Math.max(1, (int) Math.ceil((double) widest / slot));
        gc.drawLine(plot.x, base, plot.x + plot.width, base);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = left + i * slot;
            int height = (int) Math.round((double) room * bar.value() / max);
            gc.setBackground(bar.color());
            gc.fillRectangle(x + slot / 6, base - height, Math.max(1, slot * 2 / 3), height);
            if (bar.value() > 0) {
                String value = Integer.toString(bar.value());
                gc.drawText(value, x + (slot - gc.textExtent(value).x) / 2, base - height - line, true);
            }
            if (i % every == 0) {
                gc.drawText(bar.label(), x + (slot - gc.textExtent(bar.label()).x) / 2, base + GAP / 2, true);
            }
        }
    }
}
