package rectify.archive.ui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import rectify.archive.FontRole;
import rectify.ui.preferences.RectifyPreferences;

/**
 * The font files the user chose for archived documents, by role, kept with the Rectify
 * preferences as {@code font.title}, {@code font.body}, {@code font.heading1},
 * {@code font.heading2} and {@code font.pageNumber} (an installation may preset them in
 * {@code plugin_customization.ini}, e.g. {@code rectify.ui/font.body=…}); empty means automatic.
 */
final class ArchiveFonts {

    private ArchiveFonts() {
    }

    /** @return the preference key of a role's font file */
    static String key(FontRole role) {
        String[] words = role.name().toLowerCase(Locale.ROOT).split("_"); //$NON-NLS-1$
        StringBuilder key = new StringBuilder("font.").append(words[0]); //$NON-NLS-1$
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /** @return the font files set, by role; roles whose font is automatic are absent */
    static Map<FontRole, Path> chosen() {
        Map<FontRole, Path> fonts = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            Path file = RectifyPreferences.path(key(role));
            if (file != null) {
                fonts.put(role, file);
            }
        }
        return fonts;
    }
}
