package rectify.ledger.ui.table;

import rectify.ledger.Grouping.Group;
import rectify.ledger.LedgerRow;

/** A line of the ledger's table: the heading of a group, or a measure. */
public sealed interface LedgerLine {

    /**
     * The heading of a group of measures.
     *
     * @param group the group
     * @param collapsed whether its measures are hidden
     */
    record GroupLine(Group group, boolean collapsed) implements LedgerLine {
    }

    /**
     * A measure.
     *
     * @param row its row
     */
    record RowLine(LedgerRow row) implements LedgerLine {
    }
}
