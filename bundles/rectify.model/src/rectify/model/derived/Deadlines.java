package rectify.model.derived;

import java.time.LocalDate;
import java.util.Objects;

import rectify.model.Measure;
import rectify.model.urgency.Urgency;

/** The overdue state of measures. */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * Tells whether a measure is overdue on a day: it is still planned or in progress and its
     * deadline has passed. A measure is due on the day of its deadline and overdue from the next.
     *
     * @param measure a measure
     * @param on the day to judge on
     * @return whether the measure is overdue on that day; false without a deadline
     */
    public static boolean isOverdue(Measure measure, LocalDate on) {
        Objects.requireNonNull(on, "on");
        LocalDate deadline = measure.getDeadline();
        return deadline != null && on.isAfter(deadline) && Urgency.isOpen(measure.getStatus());
    }
}
