package rectify.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, following symbolic links: a regular file, a folder, a device, a named pipe…
 * Rectify reads and writes only regular files; the others are named in messages as what they are.
 */
public enum FileKind {
    /** Nothing is there (or a symbolic link that points nowhere). */
    MISSING,
    /** A regular file. */
    REGULAR,
    /** A folder. */
    FOLDER,
    /** A character device, such as {@code /dev/null} or a terminal. */
    CHARACTER_DEVICE,
    /** A block device, such as a disk. */
    BLOCK_DEVICE,
    /** A named pipe (FIFO). */
    FIFO,
    /** A socket. */
    SOCKET,
    /** Something else that is not a regular file. */
    OTHER;

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO_TYPE = 0010000;
    private static final int CHARACTER_TYPE = 0020000;
    private static final int BLOCK_TYPE = 0060000;
    private static final int SOCKET_TYPE = 0140000;

    /**
     * @param path a path
     * @return what it names, following symbolic links
     * @throws IOException when that cannot be told (no permission to look, a name too long…)
     */
    public static FileKind of(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        return of(path, attributes);
    }

    /**
     * @param path a path
     * @param attributes its attributes, read following symbolic links
     * @return what it names
     */
    static FileKind of(Path path, BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode"); //$NON-NLS-1$
            return switch (mode & TYPE_MASK) {
                case FIFO_TYPE -> FIFO;
                case CHARACTER_TYPE -> CHARACTER_DEVICE;
                case BLOCK_TYPE -> BLOCK_DEVICE;
                case SOCKET_TYPE -> SOCKET;
                default -> OTHER;
            };
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // no Unix attributes here (Windows): only "not a regular file" is known
            return OTHER;
        }
    }

    /** @return what it is, in the user's language, as a message says it ("a folder", "a named pipe (FIFO)") */
    public String describe() {
        return switch (this) {
            case MISSING -> Messages.kindMissing;
            case REGULAR -> Messages.kindRegular;
            case FOLDER -> Messages.kindFolder;
            case CHARACTER_DEVICE -> Messages.kindCharacterDevice;
            case BLOCK_DEVICE -> Messages.kindBlockDevice;
            case FIFO -> Messages.kindFifo;
            case SOCKET -> Messages.kindSocket;
            case OTHER -> Messages.kindOther;
        };
    }
}
