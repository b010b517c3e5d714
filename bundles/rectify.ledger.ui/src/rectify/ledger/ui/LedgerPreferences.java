package rectify.ledger.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;

import rectify.ledger.Thresholds;
import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.preferences.WarningDays;

/** The ledger's settings from Rectify's preferences: the warning thresholds of deadlines. */
public final class LedgerPreferences {

    private LedgerPreferences() {
    }

    /** @return the thresholds the user set (Window › Preferences › Rectify), 20 and 10 days by default */
    public static Thresholds thresholds() {
        WarningDays days = RectifyPreferences.warningDays();
        return new Thresholds(days.early(), days.urgent());
    }

    /**
     * Calls {@code changed} when the user changes a threshold.
     *
     * @return what stops it
     */
    public static Runnable onChange(Runnable changed) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER);
        IPreferenceChangeListener listener = event -> {
            if (RectifyPreferences.WARNING_DAYS_EARLY.equals(event.getKey())
                    || RectifyPreferences.WARNING_DAYS_URGENT.equals(event.getKey())) {
                changed.run();
            }
        };
        node.addPreferenceChangeListener(listener);
        return () -> node.removePreferenceChangeListener(listener);
    }
}
