package rectify.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import rectify.model.urgency.WarningThresholds;

/**
 * How records are archived: the PDF/A part, the fonts the user chose, where system fonts are
 * looked for, and the warning thresholds by which the diagram colours measures (as the ledger and
 * the diagram editor do). Immutable; the {@code with…} methods return changed copies.
 *
 * @param part the PDF/A part
 * @param fonts the user's font for each role that has one; the other roles use system fonts
 * @param fontFolders the folders searched for system fonts, in order (subfolders too)
 * @param thresholds the warning thresholds of deadlines
 */
public record ArchiveOptions(PdfaPart part, Map<FontRole, FontFile> fonts, List<Path> fontFolders,
        WarningThresholds thresholds) {

    /** Checks and copies the values. */
    public ArchiveOptions {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(thresholds, "thresholds");
        fonts = fonts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fonts));
        fontFolders = List.copyOf(fontFolders);
    }

    /**
     * @return PDF/A-2b, no user fonts, the usual font folders of this operating system and the
     *         default warning thresholds
     *         (Windows: {@code %WINDIR%\Fonts} and the user's fonts; Linux: {@code /usr/share/fonts},
     *         {@code /usr/local/share/fonts}, {@code ~/.local/share/fonts}, {@code ~/.fonts}; macOS:
     *         {@code /System/Library/Fonts}, {@code /Library/Fonts}, {@code ~/Library/Fonts})
     */
    public static ArchiveOptions defaults() {
        return new ArchiveOptions(PdfaPart.PDFA_2B, Map.of(), systemFontFolders(), WarningThresholds.DEFAULT);
    }

    /**
     * @param newPart the PDF/A part
     * @return these options with that part
     */
    public ArchiveOptions withPart(PdfaPart newPart) {
        return new ArchiveOptions(newPart, fonts, fontFolders, thresholds);
    }

    /**
     * @param role a role
     * @param font the user's font for it, or {@code null} to use system fonts
     * @return these options with that font for the role
     */
    public ArchiveOptions withFont(FontRole role, FontFile font) {
        Map<FontRole, FontFile> changed = new EnumMap<>(FontRole.class);
        changed.putAll(fonts);
        if (font == null) {
            changed.remove(role);
        } else {
            changed.put(role, font);
        }
        return new ArchiveOptions(part, changed, fontFolders, thresholds);
    }

    /**
     * @param folders the folders to search for system fonts; empty to use only the user's fonts
     * @return these options with those folders
     */
    public ArchiveOptions withFontFolders(List<Path> folders) {
        return new ArchiveOptions(part, fonts, folders, thresholds);
    }

    /**
     * @param newThresholds the warning thresholds, e.g. the user's
     * @return these options with those thresholds
     */
    public ArchiveOptions withThresholds(WarningThresholds newThresholds) {
        return new ArchiveOptions(part, fonts, fontFolders, newThresholds);
    }

    /** @return the usual font folders of the running operating system, existing or not */
    private static List<Path> systemFontFolders() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        List<Path> folders = new ArrayList<>();
        if (os.startsWith("windows")) {
            String windows = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            folders.add(Path.of(windows, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.startsWith("mac")) {
            folders.add(Path.of("/System/Library/Fonts"));
            folders.add(Path.of("/Library/Fonts"));
            folders.add(home.resolve("Library/Fonts"));
        } else {
            folders.add(Path.of("/usr/share/fonts"));
            folders.add(Path.of("/usr/local/share/fonts"));
            String data = System.getenv("XDG_DATA_HOME");
            folders.add(data == null || data.isBlank() ? home.resolve(".local/share/fonts") : Path.of(data, "fonts"));
            folders.add(home.resolve(".fonts"));
        }
        return folders;
    }
}
