package rectify.ledger.ui.table;

import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;

/** The painters of the tables' texts, with a little room at the cells' sides. */
public final class Painters {

    private static final int SIDE = 5;

    private Painters() {
    }

    /** @return a painter of texts on one line */
    public static ICellPainter text() {
        return new PaddingDecorator(new TextPainter(), 0, SIDE, 0, SIDE);
    }

    /** @return a painter of texts that span lines, whose rows grow to show them whole */
    public static ICellPainter lines() {
        return new PaddingDecorator(new TextPainter(false, true, 2, true), 0, SIDE, 0, SIDE);
    }
}
