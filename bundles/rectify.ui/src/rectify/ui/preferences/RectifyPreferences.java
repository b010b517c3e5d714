package rectify.ui.preferences;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;

import rectify.model.urgency.WarningThresholds;
import rectify.ui.TypedPaths;

/**
 * The user's Rectify preferences (Window › Preferences › Rectify), for any bundle to read: the
 * organization and default author of new entries and the warning thresholds of deadlines (other
 * bundles keep theirs under the same {@link #QUALIFIER}, e.g. the archive's fonts). Values come from
 * the instance scope (what the user set), then the configuration scope (what an installation
 * presets, e.g. in {@code plugin_customization.ini} as {@code rectify.ui/organization=…}), then the
 * defaults. Only Equinox preferences are used, no user interface classes.
 * <p>
 * This is the one reader of the warning thresholds: the ledger, its reminders, the diagram and the
 * archive's command take them from {@link #thresholds()} and follow them with
 * {@link #onThresholdsChange(Runnable)}.
 */
public final class RectifyPreferences {

    /** The preference node of Rectify, also the qualifier of its keys. */
    public static final String QUALIFIER = "rectify.ui"; //$NON-NLS-1$
    /** The key of the organization's name; empty by default. */
    public static final String ORGANIZATION = "organization"; //$NON-NLS-1$
    /** The key of the default author (of progress entries and such); empty by default. */
    public static final String AUTHOR = "author"; //$NON-NLS-1$
    /** The key of {@link WarningThresholds#soonDays()}. */
    public static final String WARNING_DAYS_EARLY = "warningDays.early"; //$NON-NLS-1$
    /** The key of {@link WarningThresholds#urgentDays()}. */
    public static final String WARNING_DAYS_URGENT = "warningDays.urgent"; //$NON-NLS-1$

    private RectifyPreferences() {
    }

    /** @return the organization's name; empty when not set */
    public static String organization() {
        return string(ORGANIZATION);
    }

    /** @return the default author; empty when not set */
    public static String author() {
        return string(AUTHOR);
    }

    /**
     * @return the warning thresholds of deadlines; {@link WarningThresholds#DEFAULT} when those set
     *         do not fit together, or without the preference service (in plain Java)
     */
    public static WarningThresholds thresholds() {
        IPreferencesService service = Platform.getPreferencesService();
        if (service == null) {
            return WarningThresholds.DEFAULT;
        }
        return WarningThresholds.orDefault(
                service.getInt(QUALIFIER, WARNING_DAYS_EARLY, WarningThresholds.DEFAULT.soonDays(), null),
                service.getInt(QUALIFIER, WARNING_DAYS_URGENT, WarningThresholds.DEFAULT.urgentDays(), null));
    }

    /**
     * Calls {@code changed} whenever the user changes a warning threshold.
     *
     * @param changed what to call, on the thread that changed the preference
     * @return what stops it
     */
    public static Runnable onThresholdsChange(Runnable changed) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        IPreferenceChangeListener listener = event -> {
            if (WARNING_DAYS_EARLY.equals(event.getKey()) || WARNING_DAYS_URGENT.equals(event.getKey())) {
                changed.run();
            }
        };
        node.addPreferenceChangeListener(listener);
        return () -> node.removePreferenceChangeListener(listener);
    }

    /**
     * @param key a key of the Rectify preferences
     * @return its value: the user's, the installation's or the default; empty when none
     */
    public static String string(String key) {
        return Platform.getPreferencesService().getString(QUALIFIER, key, "", null); //$NON-NLS-1$
    }

    /**
     * @param key a key of the Rectify preferences that names a file
     * @return the file; {@code null} when the value is empty or no path, which is taken as not set
     */
    public static Path path(String key) {
        return TypedPaths.of(string(key));
    }
}
