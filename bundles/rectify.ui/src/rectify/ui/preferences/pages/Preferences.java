package rectify.ui.preferences.pages;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import rectify.ui.preferences.RectifyPreferences;

/** The store the preference pages edit: the user's Rectify preferences. */
final class Preferences {

    private Preferences() {
    }

    static IPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, RectifyPreferences.QUALIFIER);
    }
}
