package rectify.ledger.ui.table;

import java.util.function.Predicate;

import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;

import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;
import rectify.ledger.ui.table.LedgerLine.GroupLine;
import rectify.ledger.ui.table.LedgerLine.RowLine;
import rectify.ledger.workflow.LedgerEdits;
import rectify.ledger.workflow.Workflow;
import rectify.model.MeasureStatus;

/**
 * The labels of the ledger's cells, which choose their style, painter, converter and editor: the
 * column's, whether the cell can be edited for that measure, overdue days, flagged evidence,
 * problems found again in a later year, and group headings.
 */
final class CellLabels implements IConfigLabelAccumulator {

    /** A group's heading. */
    static final String GROUP = "ledger.group"; //$NON-NLS-1$
    /** Days left below zero. */
    static final String OVERDUE = "ledger.overdue"; //$NON-NLS-1$
    /** Evidence whose files do not match. */
    static final String FLAGGED = "ledger.flagged"; //$NON-NLS-1$
    /** Problems found again in a later year. */
    static final String REPEAT = "ledger.repeat"; //$NON-NLS-1$

    private final LedgerDataProvider data;
    private final EvidenceFlags flags;
    private final Predicate<LedgerRow> repeats;

    CellLabels(LedgerDataProvider data, EvidenceFlags flags, Predicate<LedgerRow> repeats) {
        this.data = data;
        this.flags = flags;
        this.repeats = repeats;
    }

    /** @return the label of a column's cells */
    static String column(LedgerColumn column) {
        return "ledger.column." + column.name(); //$NON-NLS-1$
    }

    /** @return the label of a column's cells when they can be edited */
    static String editable(LedgerColumn column) {
        return "ledger.edit." + column.name(); //$NON-NLS-1$
    }

    @Override
    public void accumulateConfigLabels(LabelStack labels, int columnPosition, int rowPosition) {
        if (rowPosition < 0 || rowPosition >= data.getRowCount()) {
            return;
        }
        switch (data.line(rowPosition)) {
            case GroupLine group -> labels.addLabel(GROUP);
            case RowLine line -> {
                LedgerColumn column = LedgerDataProvider.COLUMNS.get(columnPosition);
                LedgerRow row = line.row();
                labels.addLabel(column(column));
                if (isEditable(row, column)) {
                    labels.addLabel(editable(column));
                }
                if (column == LedgerColumn.DAYS_LEFT && row.overdue()) {
                    labels.addLabel(OVERDUE);
                }
                if (column == LedgerColumn.EVIDENCE && !flags.of(row).isEmpty()) {
                    labels.addLabel(FLAGGED);
                }
                if (column == LedgerColumn.PROBLEMS && repeats.test(row)) {
                    labels.addLabel(REPEAT);
                }
            }
        }
    }

    private static boolean isEditable(LedgerRow row, LedgerColumn column) {
        if (!LedgerEdits.isEditable(column)) {
            return false;
        }
        return switch (column) {
            case STATUS -> !Workflow.nextStatuses(row.measure()).isEmpty();
            case DEADLINE -> row.status() != MeasureStatus.CLOSED;
            default -> true;
        };
    }
}
