package rectify.diagram;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * The warning thresholds of open measures: a measure due within {@link #soonDays()} days of its
 * deadline is shown in yellow, within {@link #urgentDays()} days in amber (and red once overdue).
 * The defaults are 20 and 10 days, as in the rectification ledger.
 * <p>
 * {@link #current()} reads them from the preferences of the workbench: the preference node
 * {@value #PREFERENCES_NODE} (any scope the preference service searches: instance, configuration,
 * default) with the integer keys {@value #SOON_KEY} and {@value #URGENT_KEY}, which the
 * preference page of {@code rectify.ui} (Window › Preferences › Rectify) edits. The diagram reads
 * the keys rather than that bundle's API so that it needs nothing more of {@code rectify.ui} than
 * the open registers. A missing or inconsistent pair (negative, or the urgent threshold above the
 * other) gives the defaults. Editors follow changes of these keys in the instance scope.
 *
 * @param soonDays days before the deadline from which an open measure is due soon (yellow)
 * @param urgentDays days before the deadline from which it is urgent (amber); at most
 *        {@code soonDays}
 */
public record WarningThresholds(int soonDays, int urgentDays) {

    /** The preference node (a bundle's symbolic name) that holds the thresholds. */
    public static final String PREFERENCES_NODE = "rectify.ui";

    /** The preference key of {@link #soonDays()}, as the workbench's preference page writes it. */
    public static final String SOON_KEY = "warningDays.early";

    /** The preference key of {@link #urgentDays()}, as the workbench's preference page writes it. */
    public static final String URGENT_KEY = "warningDays.urgent";

    /** 20 and 10 days. */
    public static final WarningThresholds DEFAULT = new WarningThresholds(20, 10);

    /**
     * @throws IllegalArgumentException when a threshold is negative or the urgent one exceeds the
     *         other
     */
    public WarningThresholds {
        if (!consistent(soonDays, urgentDays)) {
            throw new IllegalArgumentException("warning thresholds need 0 <= urgentDays <= soonDays, not "
                    + urgentDays + " and " + soonDays);
        }
    }

    /** @return the thresholds as the preferences set them, or {@link #DEFAULT} */
    public static WarningThresholds current() {
        IPreferencesService preferences = Platform.getPreferencesService();
        if (preferences == null) {
            return DEFAULT;
        }
        int soon = preferences.getInt(PREFERENCES_NODE, SOON_KEY, DEFAULT.soonDays, null);
        int urgent = preferences.getInt(PREFERENCES_NODE, URGENT_KEY, DEFAULT.urgentDays, null);
        return consistent(soon, urgent) ? new WarningThresholds(soon, urgent) : DEFAULT;
    }

    private static boolean consistent(int soon, int urgent) {
        return urgent >= 0 && soon >= urgent;
    }
}
