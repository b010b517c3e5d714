package rectify.ledger.ui.table;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.swt.widgets.Event;

import rectify.ledger.LedgerColumn;
import rectify.ledger.ui.table.LedgerLine.RowLine;

/** The tooltip of a measure's evidence cell: what is wrong with its files, when something is. */
final class EvidenceTooltip extends NatTableContentTooltip {

    private final LedgerDataProvider data;
    private final EvidenceFlags flags;

    EvidenceTooltip(NatTable natTable, LedgerDataProvider data, EvidenceFlags flags) {
        super(natTable, GridRegion.BODY);
        this.data = data;
        this.flags = flags;
    }

    @Override
    protected String getText(Event event) {
        int column = natTable.getColumnIndexByPosition(natTable.getColumnPositionByX(event.x));
        int row = natTable.getRowIndexByPosition(natTable.getRowPositionByY(event.y));
        if (column >= 0 && row >= 0 && row < data.getRowCount()
                && LedgerDataProvider.COLUMNS.get(column) == LedgerColumn.EVIDENCE
                && data.line(row) instanceof RowLine line) {
            List<String> messages = flags.of(line.row());
            return messages.isEmpty() ? null : String.join("\n", messages); //$NON-NLS-1$
        }
        return super.getText(event);
    }
}
