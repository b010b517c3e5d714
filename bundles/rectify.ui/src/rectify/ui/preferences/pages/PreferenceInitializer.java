package rectify.ui.preferences.pages;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.preferences.WarningDays;

/** The defaults of the Rectify preferences, which the preference pages restore. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER);
        defaults.put(RectifyPreferences.ORGANIZATION, ""); //$NON-NLS-1$
        defaults.put(RectifyPreferences.AUTHOR, ""); //$NON-NLS-1$
        defaults.putInt(RectifyPreferences.WARNING_DAYS_EARLY, WarningDays.DEFAULT.early());
        defaults.putInt(RectifyPreferences.WARNING_DAYS_URGENT, WarningDays.DEFAULT.urgent());
    }
}
