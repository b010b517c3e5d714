package rectify.ui.preferences;

/**
 * How many days before a measure's deadline it is flagged: from {@code early} days on it is due
 * soon (a warning), from {@code urgent} days on it is urgent. {@code urgent} is at most
 * {@code early}; both are 0 or more.
 *
 * @param early the days before the deadline from which a measure is due soon (20 by default)
 * @param urgent the days before the deadline from which a measure is urgent (10 by default)
 */
public record WarningDays(int early, int urgent) {

    /** The thresholds when the user has set none: 20 and 10 days. */
    public static final WarningDays DEFAULT = new WarningDays(20, 10);

    /**
     * @throws IllegalArgumentException when a threshold is negative or {@code urgent} exceeds
     *         {@code early}
     */
    public WarningDays {
        if (urgent < 0 || early < urgent) {
            throw new IllegalArgumentException("warning days need 0 <= urgent <= early: " + early + ", " + urgent); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
