package rectify.ledger.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import rectify.ledger.Column;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerLabels;
import rectify.ledger.LedgerRow;
import rectify.ledger.Table;
import rectify.ledger.internal.Messages;
import rectify.model.DeadlineChange;
import rectify.model.Measure;
import rectify.model.Verification;
import rectify.model.edit.Labels;

/**
 * The task list (任务清单): one row per measure with what it is to do, what kind it is, its deadline
 * and the history of its deadline, its status, progress and verifications.
 */
public final class TaskList {

    private TaskList() {
    }

    /** The columns of the task list that the ledger has not. */
    public enum Columns implements Column<LedgerRow> {
        /** The text of the measure after its headline. */
        TEXT(Messages.columnText, 30, row -> row.measure().getText()),
        /** Whether it is done at once, kept up or writes rules. */
        KIND(Messages.columnKind, 6, row -> Labels.literal(row.measure().getKind())),
        /** Each change of the deadline with its date and reason, one a line. */
        DEADLINE_CHANGES(Messages.columnDeadlineChanges, 24, row -> joined(row.measure().getDeadlineChanges().stream()
                .map(TaskList::deadlineChange))),
        /** The verifications, earlier (not effective) ones first, one a line. */
        VERIFICATIONS(Messages.columnVerifications, 24, row -> joined(verifications(row.measure())
                .map(TaskList::verification)));

        private final Spec<LedgerRow> spec;

        Columns(String header, int width, Function<LedgerRow, Object> value) {
            this.spec = new Spec<>(header, width, value);
        }

        @Override
        public Spec<LedgerRow> spec() {
            return spec;
        }
    }

    /** @return the columns of the task list, in order */
    public static List<Column<LedgerRow>> columns() {
        return List.of(LedgerColumn.NUMBER, LedgerColumn.RECORD, LedgerColumn.MEASURE, Columns.TEXT, Columns.KIND,
                LedgerColumn.PROBLEMS, LedgerColumn.LEADER, LedgerColumn.UNIT, LedgerColumn.DEADLINE,
                Columns.DEADLINE_CHANGES, LedgerColumn.STATUS, LedgerColumn.LAST_PROGRESS, Columns.VERIFICATIONS);
    }

    /** @return the task list of the ledger rows, in the ledger's usual order, titled 任务清单 */
    public static Table<LedgerRow> table(List<LedgerRow> ledger) {
        List<LedgerRow> rows = new ArrayList<>(ledger);
        rows.sort(LedgerColumn.usualOrder());
        return new Table<>(Messages.listTasks, columns(), rows);
    }

    private static String deadlineChange(DeadlineChange change) {
        return NLS.bind(Messages.deadlineChange, new Object[] { text(change.getDate()),
                text(change.getPreviousDeadline()), text(change.getNewDeadline()), text(change.getReason()) });
    }

    private static Stream<Verification> verifications(Measure measure) {
        return Stream.concat(measure.getEarlierVerifications().stream(), Stream.ofNullable(measure.getVerification()));
    }

    private static String verification(Verification verification) {
        return NLS.bind(Messages.verification, new Object[] { text(verification.getDate()),
                text(LedgerLabels.person(verification.getVerifier())),
                verification.getResult() == null ? "" : Labels.literal(verification.getResult()), //$NON-NLS-1$
                text(verification.getRemarks()) }).strip();
    }

    private static String joined(Stream<String> lines) {
        String text = lines.collect(Collectors.joining("\n")); //$NON-NLS-1$
        return text.isEmpty() ? null : text;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip(); //$NON-NLS-1$
    }
}
