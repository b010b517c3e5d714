package rectify.model.urgency;

/**
 * When an open measure is flagged before its deadline: due within {@link #soonDays()} days it is
 * {@link Urgency#DUE_SOON}, within {@link #urgentDays()} days {@link Urgency#DUE_URGENT}. Users set
 * them in the preferences (20 and 10 days by default).
 *
 * @param soonDays the days before the deadline from which an open measure is due soon, at least
 *        {@code urgentDays}
 * @param urgentDays the days before the deadline from which it is urgent, at least 0
 */
public record WarningThresholds(int soonDays, int urgentDays) {

    /** 20 and 10 days: the thresholds when none are set. */
    public static final WarningThresholds DEFAULT = new WarningThresholds(20, 10);

    /** @throws IllegalArgumentException when a threshold is negative or the urgent one exceeds the other */
    public WarningThresholds {
        if (!fit(soonDays, urgentDays)) {
            throw new IllegalArgumentException("warning thresholds need 0 <= urgentDays <= soonDays, not "
                    + soonDays + " and " + urgentDays);
        }
    }

    /**
     * @param soonDays days before the deadline for {@link Urgency#DUE_SOON}, as someone set them
     * @param urgentDays days before the deadline for {@link Urgency#DUE_URGENT}, as someone set them
     * @return those thresholds, or {@link #DEFAULT} when they do not fit together
     */
    public static WarningThresholds orDefault(int soonDays, int urgentDays) {
        return fit(soonDays, urgentDays) ? new WarningThresholds(soonDays, urgentDays) : DEFAULT;
    }

    private static boolean fit(int soonDays, int urgentDays) {
        return urgentDays >= 0 && soonDays >= urgentDays;
    }
}
