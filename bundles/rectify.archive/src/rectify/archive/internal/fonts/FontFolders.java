package rectify.archive.internal.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The font files found in font folders, by name. */
final class FontFolders {

    private static final int DEPTH = 6;

    private FontFolders() {
    }

    /**
     * Finds the TrueType font files under some folders.
     *
     * @param folders the folders, searched in order with their subfolders; missing ones are skipped
     * @return each file name in lower case with the first file of that name
     */
    static Map<String, Path> index(List<Path> folders) {
        Map<String, Path> files = new HashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder, DEPTH)) {
                paths.forEach(path -> {
                    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                    if ((name.endsWith(".ttf") || name.endsWith(".ttc")) && Files.isRegularFile(path)) {
                        files.putIfAbsent(name, path);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // an unreadable folder holds no usable fonts
            }
        }
        return files;
    }
}
