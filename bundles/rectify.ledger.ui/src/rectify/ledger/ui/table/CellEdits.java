package rectify.ledger.ui.table;

import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;

/** What the table does with a value typed or chosen in a cell: the view makes it a command. */
@FunctionalInterface
public interface CellEdits {

    /**
     * @param row the row edited
     * @param column the column edited, one {@link rectify.ledger.workflow.LedgerEdits#isEditable editable}
     * @param value the new value: a String, a Person, an OrgUnit, a LocalDate or a MeasureStatus
     */
    void edit(LedgerRow row, LedgerColumn column, Object value);
}
