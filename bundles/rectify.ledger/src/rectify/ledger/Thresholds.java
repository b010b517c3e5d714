package rectify.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import rectify.model.MeasureStatus;

/**
 * When the light of an open measure turns: {@link Light#YELLOW} within {@code dueSoonDays} of its
 * deadline, {@link Light#ORANGE} within {@code dueVerySoonDays}, {@link Light#RED} once the deadline
 * has passed. A measure is due on the day of its deadline (0 days left) and overdue from the next.
 *
 * @param dueSoonDays the longer threshold in days, at least {@code dueVerySoonDays}
 * @param dueVerySoonDays the shorter threshold in days, at least 0
 */
public record Thresholds(int dueSoonDays, int dueVerySoonDays) {

    /** The defaults: yellow within 20 days, orange within 10. */
    public static final Thresholds DEFAULT = new Thresholds(20, 10);

    /**
     * @throws IllegalArgumentException when a threshold is negative or the shorter is longer
     */
    public Thresholds {
        if (dueVerySoonDays < 0 || dueSoonDays < dueVerySoonDays) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= dueVerySoonDays <= dueSoonDays: " //$NON-NLS-1$
                    + dueSoonDays + ", " + dueVerySoonDays); //$NON-NLS-1$
        }
    }

    /**
     * @param status the status of a measure
     * @param deadline its deadline, or null
     * @param day the day to judge on
     * @return the days from {@code day} to the deadline (negative when overdue), or null when the
     *         measure is not open or has no deadline
     */
    public static Integer daysLeft(MeasureStatus status, LocalDate deadline, LocalDate day) {
        boolean open = status == MeasureStatus.PLANNED || status == MeasureStatus.IN_PROGRESS;
        return open && deadline != null ? Math.toIntExact(ChronoUnit.DAYS.between(day, deadline)) : null;
    }

    /**
     * @param daysLeft the days left as {@link #daysLeft} gives them, or null
     * @return the light for that many days left
     */
    public Light light(Integer daysLeft) {
        if (daysLeft == null) {
            return Light.OFF;
        } else if (daysLeft < 0) {
            return Light.RED;
        } else if (daysLeft <= dueVerySoonDays) {
            return Light.ORANGE;
        } else if (daysLeft <= dueSoonDays) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }
}
