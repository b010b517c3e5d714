package rectify.ledger;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingInt;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;

import rectify.ledger.internal.Messages;
import rectify.model.Aspect;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.edit.Labels;

/**
 * The columns of the ledger: what each shows of a row and how it orders rows. Orders are stable
 * sorts' comparators; rows equal in a column keep their order.
 */
public enum LedgerColumn implements Column<LedgerRow> {
    /** The record (meeting or inspection) the measure comes from. */
    RECORD(Messages.columnRecord, 12, row -> row.record().getTitle(), LedgerColumn::byRecord),
    /** The ledger number, the measure's full number (2.1); orders by record, then number. */
    NUMBER(Messages.columnNumber, 5, LedgerRow::number, () -> byRecord()
            .thenComparing(comparingInt(LedgerRow::directionNumber))
            .thenComparing(comparingInt(row -> row.measure().getNumber()))),
    /** The headline of the measure. */
    MEASURE(Messages.columnMeasure, 18, LedgerRow::headline,
            () -> comparing(LedgerRow::headline, nullsLast(naturalOrder()))),
    /** The problems the measure remedies, with their numbers; orders by record, then the first problem. */
    PROBLEMS(Messages.columnProblems, 18, row -> LedgerLabels.problems(row.problems()),
            () -> byRecord().thenComparing(LedgerColumn::firstProblem, nullsLast(
                    comparingInt(LedgerColumn::aspectNumber).thenComparingInt(Problem::getNumber)))),
    /** The responsible leader. */
    LEADER(Messages.columnLeader, 8, row -> LedgerLabels.person(row.leader()),
            () -> comparing(row -> LedgerLabels.person(row.leader()), new NameOrder())),
    /** The responsible unit. */
    UNIT(Messages.columnUnit, 12, row -> LedgerLabels.unit(row.unit()),
            () -> comparing(row -> LedgerLabels.unit(row.unit()), new NameOrder())),
    /** The current deadline. */
    DEADLINE(Messages.columnDeadline, 10, LedgerRow::deadline,
            () -> comparing(LedgerRow::deadline, nullsLast(naturalOrder()))),
    /** The status; orders from planned to closed. */
    STATUS(Messages.columnStatus, 6, row -> Labels.literal(row.status()), () -> comparing(LedgerRow::status)),
    /** The days left to the deadline of an open measure; negative when overdue. */
    DAYS_LEFT(Messages.columnDaysLeft, 6, LedgerRow::daysLeft,
            () -> comparing(LedgerRow::daysLeft, nullsLast(naturalOrder()))),
    /** The latest progress entry, its date and text; orders by date. */
    LAST_PROGRESS(Messages.columnLastProgress, 20, LedgerColumn::lastProgress,
            () -> comparing(row -> row.lastProgress() == null ? null : row.lastProgress().getDate(),
                    nullsLast(naturalOrder()))),
    /** The warning light of an open measure with a deadline, named as the legend names it; orders from the most urgent. */
    LIGHT(Messages.columnLight, 6, LedgerRow::warning, () -> comparing(LedgerRow::urgency)),
    /** The number of evidence documents of the progress entries. */
    EVIDENCE(Messages.columnEvidence, 6, row -> row.evidence().size(),
            () -> comparingInt(row -> row.evidence().size()));

    private final Spec<LedgerRow> spec;
    private final Supplier<Comparator<LedgerRow>> order;

    LedgerColumn(String header, int width, Function<LedgerRow, Object> value, Supplier<Comparator<LedgerRow>> order) {
        this.spec = new Spec<>(header, width, value);
        this.order = order;
    }

    @Override
    public Spec<LedgerRow> spec() {
        return spec;
    }

    /** @return a new comparator that orders rows by this column, ascending */
    public Comparator<LedgerRow> order() {
        return order.get();
    }

    /** @return the usual order of the ledger: by record, then number */
    public static Comparator<LedgerRow> usualOrder() {
        return NUMBER.order();
    }

    private static Comparator<LedgerRow> byRecord() {
        return comparingInt(LedgerRow::year).thenComparing(row -> row.record().getTitle(), new NameOrder());
    }

    private static Problem firstProblem(LedgerRow row) {
        return row.problems().isEmpty() ? null : row.problems().get(0);
    }

    private static int aspectNumber(Problem problem) {
        return problem.eContainer() instanceof Aspect aspect ? aspect.getPosition() : 0;
    }

    private static String lastProgress(LedgerRow row) {
        ProgressEntry entry = row.lastProgress();
        if (entry == null) {
            return null;
        }
        String text = entry.getText() == null ? "" : entry.getText().strip(); //$NON-NLS-1$
        return entry.getDate() == null ? text : entry.getDate() + " " + text; //$NON-NLS-1$
    }
}
