package rectify.diagram.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import rectify.diagram.Messages;
import rectify.diagram.WarningThresholds;
import rectify.model.Measure;
import rectify.model.MeasureStatus;

/** How far a measure has come, as its colour in the diagram tells. */
public enum MeasureState {

    /** Still planned or in progress after its deadline: red. */
    OVERDUE,
    /** Open and due within the urgent threshold: amber. */
    DUE_URGENT,
    /** Open and due within the warning threshold: yellow. */
    DUE_SOON,
    /** Open, with no deadline or a deadline further off. */
    OPEN,
    /** Done, not yet verified and closed: green. */
    DONE,
    /** Verified and closed (销号): grey. */
    CLOSED;

    /**
     * @param measure a measure
     * @param today the day to judge on
     * @param thresholds the warning thresholds
     * @return the measure's state on that day
     */
    public static MeasureState of(Measure measure, LocalDate today, WarningThresholds thresholds) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(thresholds, "thresholds");
        MeasureStatus status = measure.getStatus();
        if (status == MeasureStatus.CLOSED) {
            return CLOSED;
        }
        if (status == MeasureStatus.DONE) {
            return DONE;
        }
        if (measure.isOverdue(today)) {
            return OVERDUE;
        }
        LocalDate deadline = measure.getDeadline();
        if (deadline == null) {
            return OPEN;
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days <= thresholds.urgentDays()) {
            return DUE_URGENT;
        }
        return days <= thresholds.soonDays() ? DUE_SOON : OPEN;
    }

    /** @return true for measures still to be carried out (planned or in progress) */
    public boolean isOpen() {
        return this != DONE && this != CLOSED;
    }

    /**
     * @param thresholds the warning thresholds the days of the due states come from
     * @return the state's name for the legend, e.g. 10天内到期
     */
    public String label(WarningThresholds thresholds) {
        return switch (this) {
            case OVERDUE -> Messages.stateOverdue;
            case DUE_URGENT -> NLS.bind(Messages.stateDueWithin, thresholds.urgentDays());
            case DUE_SOON -> NLS.bind(Messages.stateDueWithin, thresholds.soonDays());
            case OPEN -> Messages.stateOpen;
            case DONE -> Messages.stateDone;
            case CLOSED -> Messages.stateClosed;
        };
    }
}
