package rectify.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rectify.model.urgency.WarningThresholds;

/** What other bundles read of the user's preferences. */
class RectifyPreferencesTest {

    private final IEclipsePreferences instance = InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER);

    @AfterEach
    void forgetWhatWasSet() {
        for (String key : new String[] { RectifyPreferences.ORGANIZATION, RectifyPreferences.AUTHOR,
                RectifyPreferences.WARNING_DAYS_EARLY, RectifyPreferences.WARNING_DAYS_URGENT }) {
            instance.remove(key);
        }
    }

    @Test
    void defaultsAreEmptyAutomaticAndTwentyAndTenDays() {
        assertEquals("", RectifyPreferences.organization());
        assertEquals("", RectifyPreferences.author());
        assertEquals(new WarningThresholds(20, 10), RectifyPreferences.thresholds());
    }

    @Test
    void readsWhatTheUserSet() {
        instance.put(RectifyPreferences.ORGANIZATION, "中共XX省XX厅委员会");
        instance.put(RectifyPreferences.AUTHOR, "张三");
        instance.putInt(RectifyPreferences.WARNING_DAYS_EARLY, 30);
        instance.putInt(RectifyPreferences.WARNING_DAYS_URGENT, 7);
        assertEquals("中共XX省XX厅委员会", RectifyPreferences.organization());
        assertEquals("张三", RectifyPreferences.author());
        assertEquals(new WarningThresholds(30, 7), RectifyPreferences.thresholds());
    }

    @Test
    void thresholdsThatDoNotFitTogetherFallBackToTheDefaults() {
        instance.putInt(RectifyPreferences.WARNING_DAYS_EARLY, 5);
        instance.putInt(RectifyPreferences.WARNING_DAYS_URGENT, 9);
        assertEquals(WarningThresholds.DEFAULT, RectifyPreferences.thresholds());
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(5, 9));
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(5, -1));
    }
}
