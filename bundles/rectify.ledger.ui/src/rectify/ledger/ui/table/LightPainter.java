package rectify.ledger.ui.table;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import rectify.ledger.LedgerRow;
import rectify.ledger.ui.Colors;

/**
 * Paints the warning light of a row: a disc in its urgency's colour and the legend's name of it;
 * nothing for a measure without a light (done, closed, no deadline).
 */
final class LightPainter extends BackgroundPainter {

    private static final int DIAMETER = 11;
    private static final int MARGIN = 5;

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
        super.paintCell(cell, gc, bounds, configRegistry);
        if (!(cell.getDataValue() instanceof LedgerRow row) || !row.urgency().isTimed()) {
            return;
        }
        int antialias = gc.getAntialias();
        gc.setAntialias(SWT.ON);
        gc.setBackground(Colors.of(row.urgency()));
        int y = bounds.y + (bounds.height - DIAMETER) / 2;
        gc.fillOval(bounds.x + MARGIN, y, DIAMETER, DIAMETER);
        gc.setAntialias(antialias);
        String label = row.warning();
        Point extent = gc.textExtent(label);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(label, bounds.x + 2 * MARGIN + DIAMETER, bounds.y + (bounds.height - extent.y) / 2, true);
    }
}
