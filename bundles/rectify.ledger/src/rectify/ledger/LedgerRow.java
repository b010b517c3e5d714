package rectify.ledger;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import rectify.model.AttachedDocument;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.Record;
import rectify.model.Verification;
import rectify.model.edit.UrgencyLegend;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;

/**
 * One measure in the ledger, judged on a day: its days left and urgency are fixed when the row is
 * made ({@link Ledger#rows}); everything else is read from the measure, so rows are made anew after
 * the register changes.
 *
 * @param measure the measure
 * @param record the record whose review holds it
 * @param daysLeft the days to the deadline (negative when overdue); null when the measure is done,
 *        closed or has no deadline
 * @param urgency how urgent the measure is on the day
 * @param thresholds the thresholds it was judged by
 * @param lastProgress the progress entry with the latest date (the last one listed among equal
 *        dates), or null
 */
public record LedgerRow(Measure measure, Record record, Integer daysLeft, Urgency urgency, WarningThresholds thresholds,
        ProgressEntry lastProgress) {

    /** @return the ledger number, the measure's full number, e.g. {@code 2.1} */
    public String number() {
        return measure.getFullNumber();
    }

    /** @return the position (1-based) of the measure's direction in the review */
    public int directionNumber() {
        return measure.eContainer() instanceof Direction direction ? direction.getPosition() : 0;
    }

    /** @return the headline of the measure */
    public String headline() {
        return measure.getHeadline();
    }

    /** @return the problems the measure remedies */
    public List<Problem> problems() {
        return measure.getProblems();
    }

    /** @return the responsible leader, or null */
    public Person leader() {
        return measure.getResponsibleLeader();
    }

    /** @return the responsible unit, or null */
    public OrgUnit unit() {
        return measure.getResponsibleUnit();
    }

    /** @return the current deadline, or null */
    public LocalDate deadline() {
        return measure.getDeadline();
    }

    /** @return the status */
    public MeasureStatus status() {
        return measure.getStatus();
    }

    /** @return the year of the record */
    public int year() {
        return record.getYear();
    }

    /** @return true when the measure is overdue on the row's day */
    public boolean overdue() {
        return urgency == Urgency.OVERDUE;
    }

    /**
     * @return the warning light's name (the legend's, e.g. 10天内到期) for an open measure with a
     *         deadline; empty for the others, which have no light
     */
    public String warning() {
        return urgency.isTimed() ? UrgencyLegend.label(urgency, thresholds) : ""; //$NON-NLS-1$
    }

    /** @return the date of the verification that closed the measure, or null while it is not closed */
    public LocalDate closedOn() {
        Verification verification = measure.getVerification();
        return measure.getStatus() == MeasureStatus.CLOSED && verification != null ? verification.getDate() : null;
    }

    /** @return the evidence documents of all progress entries, each once, in the order of the entries */
    public List<AttachedDocument> evidence() {
        Set<AttachedDocument> documents = new LinkedHashSet<>();
        measure.getProgress().forEach(entry -> documents.addAll(entry.getEvidence()));
        return List.copyOf(documents);
    }
}
