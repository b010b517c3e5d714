package rectify.ledger.ui.table;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import rectify.ledger.Light;
import rectify.ledger.ui.Colors;

/** Paints a warning light: a colored disc and its name; nothing for {@link Light#OFF}. */
final class LightPainter extends BackgroundPainter {

    private static final int DIAMETER = 11;
    private static final int MARGIN = 5;

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
        super.paintCell(cell, gc, bounds, configRegistry);
        if (!(cell.getDataValue() instanceof Light light) || light == Light.OFF) {
            return;
        }
        int antialias = gc.getAntialias();
        gc.setAntialias(SWT.ON);
        gc.setBackground(Colors.of(light));
        int y = bounds.y + (bounds.height - DIAMETER) / 2;
        gc.fillOval(bounds.x + MARGIN, y, DIAMETER, DIAMETER);
        gc.setAntialias(antialias);
        Point extent = gc.textExtent(light.label());
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(light.label(), bounds.x + 2 * MARGIN + DIAMETER, bounds.y + (bounds.height - extent.y) / 2, true);
    }
}
