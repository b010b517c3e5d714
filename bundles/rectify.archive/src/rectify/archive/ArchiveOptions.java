package rectify.archive;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import rectify.archive.internal.fonts.FontFolders;

/**
 * How records are archived: the PDF/A part, the fonts the user chose and where system fonts are
 * looked for. Immutable; the {@code with…} methods return changed copies.
 *
 * @param part the PDF/A part
 * @param fonts the user's font for each role that has one; the other roles use system fonts
 * @param fontFolders the folders searched for system fonts, in order (subfolders too)
 */
public record ArchiveOptions(PdfaPart part, Map<FontRole, FontFile> fonts, List<Path> fontFolders) {

    /** Checks and copies the values. */
    public ArchiveOptions {
        Objects.requireNonNull(part, "part");
        fonts = fonts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fonts));
        fontFolders = List.copyOf(fontFolders);
    }

    /**
     * @return PDF/A-2b, no user fonts, and the usual font folders of this operating system
     *         (Windows: {@code %WINDIR%\Fonts} and the user's fonts; Linux: {@code /usr/share/fonts},
     *         {@code /usr/local/share/fonts}, {@code ~/.local/share/fonts}, {@code ~/.fonts}; macOS:
     *         {@code /System/Library/Fonts}, {@code /Library/Fonts}, {@code ~/Library/Fonts})
     */
    public static ArchiveOptions defaults() {
        return new ArchiveOptions(PdfaPart.PDFA_2B, Map.of(), FontFolders.ofThisSystem());
    }

    /**
     * @param newPart the PDF/A part
     * @return these options with that part
     */
    public ArchiveOptions withPart(PdfaPart newPart) {
        return new ArchiveOptions(newPart, fonts, fontFolders);
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
        return new ArchiveOptions(part, changed, fontFolders);
    }

    /**
     * @param folders the folders to search for system fonts; empty to use only the user's fonts
     * @return these options with those folders
     */
    public ArchiveOptions withFontFolders(List<Path> folders) {
        return new ArchiveOptions(part, fonts, folders);
    }
}
