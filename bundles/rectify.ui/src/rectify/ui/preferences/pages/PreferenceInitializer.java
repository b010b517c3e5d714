package rectify.ui.preferences.pages;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import rectify.model.urgency.WarningThresholds;
import rectify.ui.preferences.RectifyPreferences;

/** The defaults of the Rectify preferences, which the preference pages restore. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER);
        defaults.put(RectifyPreferences.ORGANIZATION, ""); //$NON-NLS-1$
        defaults.put(RectifyPreferences.AUTHOR, ""); //$NON-NLS-1$
        defaults.putInt(RectifyPreferences.WARNING_DAYS_EARLY, WarningThresholds.DEFAULT.soonDays());
        defaults.putInt(RectifyPreferences.WARNING_DAYS_URGENT, WarningThresholds.DEFAULT.urgentDays());
    }
}
