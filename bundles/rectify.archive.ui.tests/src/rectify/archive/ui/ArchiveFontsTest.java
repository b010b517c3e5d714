package rectify.archive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rectify.archive.FontRole;
import rectify.ui.preferences.RectifyPreferences;

/** The archive's fonts as the user sets them in Window › Preferences › Rectify › Archive Fonts. */
class ArchiveFontsTest {

    private final IEclipsePreferences instance = InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER);

    @AfterEach
    void forgetWhatWasSet() {
        for (FontRole role : FontRole.values()) {
            instance.remove(ArchiveFonts.key(role));
        }
    }

    @Test
    void eachRoleIsAutomaticUntilAFileIsSet() {
        assertEquals(Map.of(), ArchiveFonts.chosen());

        instance.put("font.title", "/usr/share/fonts/方正小标宋.ttf");
        instance.put("font.pageNumber", "  ");
        assertEquals(Map.of(FontRole.TITLE, Path.of("/usr/share/fonts/方正小标宋.ttf")), ArchiveFonts.chosen(),
                "a blank setting is automatic");
    }

    @Test
    void thePageIsUnderRectifyInThePreferences() {
        assertNotNull(PlatformUI.getWorkbench().getPreferenceManager()
                .find("rectify.ui.preferences/rectify.archive.ui.fonts"));
    }
}
