package rectify.ledger.ui.table;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.ISpanningDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.cell.DataCell;
import org.eclipse.osgi.util.NLS;

import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;
import rectify.ledger.ui.Messages;
import rectify.ledger.ui.table.LedgerLine.GroupLine;
import rectify.ledger.ui.table.LedgerLine.RowLine;

/**
 * The cells of the ledger's body. A measure's editable cells hold the model's values (a person, a
 * unit, a date, a status), which display converters show and editors change; the other cells hold
 * what the column gives. A group's heading spans the whole line.
 */
final class LedgerDataProvider implements ISpanningDataProvider {

    /** The columns of the table, in order. */
    static final List<LedgerColumn> COLUMNS = List.of(LedgerColumn.values());

    private final LedgerModel model;
    private final CellEdits edits;

    LedgerDataProvider(LedgerModel model, CellEdits edits) {
        this.model = model;
        this.edits = edits;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return switch (line(rowIndex)) {
            case GroupLine group -> columnIndex == 0 ? heading(group) : null;
            case RowLine line -> value(line.row(), COLUMNS.get(columnIndex));
        };
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        if (line(rowIndex) instanceof RowLine line) {
            edits.edit(line.row(), COLUMNS.get(columnIndex), newValue);
        }
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.size();
    }

    @Override
    public int getRowCount() {
        return model.lines().size();
    }

    @Override
    public DataCell getCellByPosition(int columnPosition, int rowPosition) {
        return line(rowPosition) instanceof GroupLine ? new DataCell(0, rowPosition, COLUMNS.size(), 1)
                : new DataCell(columnPosition, rowPosition);
    }

    /** @return the line at an index of the body */
    LedgerLine line(int rowIndex) {
        return model.lines().get(rowIndex);
    }

    private static Object value(LedgerRow row, LedgerColumn column) {
        return switch (column) {
            case LEADER -> row.leader();
            case UNIT -> row.unit();
            case DEADLINE -> row.deadline();
            case STATUS -> row.status();
            case LIGHT -> row;
            case EVIDENCE -> row.evidence().size();
            default -> column.value(row);
        };
    }

    private static String heading(GroupLine line) {
        List<LedgerRow> rows = line.group().rows();
        long overdue = rows.stream().filter(LedgerRow::overdue).count();
        return NLS.bind(line.collapsed() ? Messages.groupCollapsed : Messages.groupExpanded,
                new Object[] { line.group().title(), rows.size(), overdue });
    }
}
