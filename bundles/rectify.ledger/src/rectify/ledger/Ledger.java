package rectify.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import rectify.ledger.internal.Messages;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.ProgressEntry;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;

/**
 * The ledger as plain functions: the rows of the measures of registers judged on a day, and views
 * of them filtered and ordered.
 */
public final class Ledger {

    private Ledger() {
    }

    /**
     * @param registers registers
     * @param day the day to judge deadlines on
     * @param thresholds when lights turn
     * @return one row per measure of every record's review, in the order of registers, records,
     *         directions and measures
     */
    public static List<LedgerRow> rows(Collection<? extends Register> registers, LocalDate day,
            WarningThresholds thresholds) {
        Objects.requireNonNull(day, "day"); //$NON-NLS-1$
        List<LedgerRow> rows = new ArrayList<>();
        for (Register register : registers) {
            for (Record record : register.getRecords()) {
                addRows(record, day, thresholds, rows);
            }
        }
        return rows;
    }

    /** @return the rows of one register; see {@link #rows(Collection, LocalDate, WarningThresholds)} */
    public static List<LedgerRow> rows(Register register, LocalDate day, WarningThresholds thresholds) {
        return rows(List.of(register), day, thresholds);
    }

    /**
     * @param measure a measure in a record's review
     * @param day the day to judge its deadline on
     * @param thresholds when lights turn
     * @return its row
     * @throws IllegalArgumentException when the measure is not in a review's direction
     */
    public static LedgerRow row(Measure measure, LocalDate day, WarningThresholds thresholds) {
        if (measure.eContainer() instanceof Direction direction && direction.eContainer() instanceof Review review
                && review.eContainer() instanceof Record record) {
            return row(record, measure, day, thresholds);
        }
        throw new IllegalArgumentException("not a measure of a record's review: " + measure); //$NON-NLS-1$
    }

    /**
     * Filters and orders rows: what the ledger view shows.
     *
     * @param rows rows
     * @param filter which rows to keep, e.g. a {@link LedgerFilter}
     * @param order the order, e.g. a column's {@link LedgerColumn#order()}
     * @return a new list of the rows kept, ordered (a stable sort)
     */
    public static List<LedgerRow> view(List<LedgerRow> rows, Predicate<? super LedgerRow> filter,
            Comparator<? super LedgerRow> order) {
        List<LedgerRow> kept = new ArrayList<>(rows.size());
        for (LedgerRow row : rows) {
            if (filter.test(row)) {
                kept.add(row);
            }
        }
        kept.sort(order);
        return kept;
    }

    /**
     * @param rows rows, in the order to write them
     * @return the ledger as a table of all its columns, titled 整改台账
     */
    public static Table<LedgerRow> table(List<LedgerRow> rows) {
        return new Table<>(Messages.ledgerTitle, List.of(LedgerColumn.values()), rows);
    }

    private static void addRows(Record record, LocalDate day, WarningThresholds thresholds, List<LedgerRow> rows) {
        Review review = record.getReview();
        if (review == null) {
            return;
        }
        for (Direction direction : review.getDirections()) {
            for (Measure measure : direction.getMeasures()) {
                rows.add(row(record, measure, day, thresholds));
            }
        }
    }

    private static LedgerRow row(Record record, Measure measure, LocalDate day, WarningThresholds thresholds) {
        return new LedgerRow(measure, record, Urgency.daysLeft(measure, day), Urgency.of(measure, day, thresholds),
                thresholds, lastProgress(measure));
    }

    private static ProgressEntry lastProgress(Measure measure) {
        ProgressEntry last = null;
        for (ProgressEntry entry : measure.getProgress()) {
            if (last == null || entry.getDate() != null
                    && (last.getDate() == null || !entry.getDate().isBefore(last.getDate()))) {
                last = entry;
            }
        }
        return last;
    }
}
