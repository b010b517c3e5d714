package rectify.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** File names as people type them into fields and preferences. */
public final class TypedPaths {

    private TypedPaths() {
    }

    /**
     * @param text what was typed
     * @return the path it names, without the spaces around it; {@code null} when it is empty or
     *         names no path here (a NUL character, say)
     */
    public static Path of(String text) {
        String name = text.strip();
        try {
            return name.isEmpty() ? null : Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
