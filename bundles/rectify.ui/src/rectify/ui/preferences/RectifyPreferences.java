package rectify.ui.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * The user's Rectify preferences (Window › Preferences › Rectify), for any bundle to read: the
 * organization and default author of new entries and the warning thresholds of deadlines (other
 * bundles keep theirs under the same {@link #QUALIFIER}, e.g. the archive's fonts). Values come from the instance scope (what the user
 * set), then the configuration scope (what an installation presets, e.g. in
 * {@code plugin_customization.ini} as {@code rectify.ui/organization=…}), then the defaults.
 * Only Equinox preferences are used, no user interface classes.
 */
public final class RectifyPreferences {

    /** The preference node of Rectify, also the qualifier of its keys. */
    public static final String QUALIFIER = "rectify.ui"; //$NON-NLS-1$
    /** The key of the organization's name; empty by default. */
    public static final String ORGANIZATION = "organization"; //$NON-NLS-1$
    /** The key of the default author (of progress entries and such); empty by default. */
    public static final String AUTHOR = "author"; //$NON-NLS-1$
    /** The key of {@link WarningDays#early()}. */
    public static final String WARNING_DAYS_EARLY = "warningDays.early"; //$NON-NLS-1$
    /** The key of {@link WarningDays#urgent()}. */
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

    /** @return the warning thresholds of deadlines; the defaults when those set do not fit together */
    public static WarningDays warningDays() {
        IPreferencesService service = Platform.getPreferencesService();
        int early = service.getInt(QUALIFIER, WARNING_DAYS_EARLY, WarningDays.DEFAULT.early(), null);
        int urgent = service.getInt(QUALIFIER, WARNING_DAYS_URGENT, WarningDays.DEFAULT.urgent(), null);
        return urgent < 0 || early < urgent ? WarningDays.DEFAULT : new WarningDays(early, urgent);
    }

    /**
     * @param key a key of the Rectify preferences
     * @return its value: the user's, the installation's or the default; empty when none
     */
    public static String string(String key) {
        return Platform.getPreferencesService().getString(QUALIFIER, key, "", null); //$NON-NLS-1$
    }
}
