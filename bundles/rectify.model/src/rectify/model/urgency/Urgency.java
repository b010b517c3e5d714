package rectify.model.urgency;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import rectify.model.Measure;
import rectify.model.MeasureStatus;

/**
 * How urgent a measure is on a day, from the most urgent: the one rule behind the ledger's warning
 * lights, the colours of the diagram, the dashboard and the archive. An open measure (planned or in
 * progress) is judged by its deadline ({@link Measure#isOverdue(LocalDate)}) and the
 * {@link WarningThresholds}; a done or closed one by its status alone.
 */
public enum Urgency {

    /** Open after its deadline. */
    OVERDUE,
    /** Open and due within {@link WarningThresholds#urgentDays()} days, the deadline included. */
    DUE_URGENT,
    /** Open and due within {@link WarningThresholds#soonDays()} days. */
    DUE_SOON,
    /** Open and due later. */
    ON_TRACK,
    /** Open without a deadline, e.g. kept up over time. */
    NO_DEADLINE,
    /** Carried out, not yet verified and closed. */
    DONE,
    /** Verified and closed (销号). */
    CLOSED;

    /**
     * @param measure a measure
     * @param day the day to judge on
     * @param thresholds when an open measure is due soon or urgent
     * @return how urgent the measure is on that day
     */
    public static Urgency of(Measure measure, LocalDate day, WarningThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        if (measure.getStatus() == MeasureStatus.CLOSED) {
            return CLOSED;
        }
        if (measure.getStatus() == MeasureStatus.DONE) {
            return DONE;
        }
        Integer days = daysLeft(measure, day);
        if (days == null) {
            return NO_DEADLINE;
        }
        if (measure.isOverdue(day)) {
            return OVERDUE;
        }
        if (days <= thresholds.urgentDays()) {
            return DUE_URGENT;
        }
        return days <= thresholds.soonDays() ? DUE_SOON : ON_TRACK;
    }

    /**
     * @param measure a measure
     * @param day the day to count from
     * @return the days from {@code day} to the deadline of an open measure (0 on the deadline,
     *         negative once overdue); null for a measure done, closed or without a deadline
     */
    public static Integer daysLeft(Measure measure, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return isOpen(measure.getStatus()) && measure.getDeadline() != null
                ? Math.toIntExact(ChronoUnit.DAYS.between(day, measure.getDeadline()))
                : null;
    }

    /**
     * @param status the status of a measure
     * @return true when a measure of that status is still to be carried out: planned or in progress
     */
    public static boolean isOpen(MeasureStatus status) {
        return status == MeasureStatus.PLANNED || status == MeasureStatus.IN_PROGRESS;
    }

    /**
     * @return true for the states an open measure with a deadline is in: overdue, urgent, due soon,
     *         on track (the ledger's warning lights)
     */
    public boolean isTimed() {
        return compareTo(ON_TRACK) <= 0;
    }
}
