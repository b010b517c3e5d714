package rectify.archive.internal.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Where an operating system keeps its fonts, and the font files found there by name. */
public final class FontFolders {

    private static final int DEPTH = 6;

    private FontFolders() {
    }

    /** @return the usual font folders of the running operating system, existing or not */
    public static List<Path> ofThisSystem() {
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
