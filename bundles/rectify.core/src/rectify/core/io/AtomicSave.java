package rectify.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

/**
 * Replaces a file so that a crash, a full disk or a failing write never leaves it broken: the
 * content goes to a temporary file in the same folder, which is flushed and forced to the disk;
 * for registers the previous file is kept as {@code <name>.bak} (replacing the older backup);
 * then the temporary file is renamed onto the target in one atomic step. Exports and other
 * files written from a register use {@link #replace(Path, Content)}, which keeps no backup.
 * <p>
 * Where the file system cannot rename atomically (some network shares), the rename falls back
 * to a plain replacing move; a crash at that instant can then leave the target missing, with the
 * backup and the temporary file still there. On any failure the temporary file is deleted and
 * the target is untouched. A read-only target is refused rather than replaced; the new file gets
 * the permissions of the previous one.
 */
public final class AtomicSave {

    /** The suffix of the backup of the previous file. */
    static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$
    /** The suffix of the temporary files, which start with a dot and the target's name. */
    static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream to the temporary file; buffered, flushed and closed by the caller
         * @throws IOException when the content cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicSave() {
    }

    /**
     * Creates or replaces a file atomically, without a backup of the previous file.
     *
     * @param target the file to replace or create
     * @param content writes the new content
     * @throws IOException when anything fails, as thrown by the file system or by the content;
     *         the target is then unchanged and no temporary file is left
     */
    public static void replace(Path target, Content content) throws IOException {
        replace(target, content, UnaryOperator.identity(), false);
    }

    /**
     * Creates or replaces a register file atomically, keeping the previous file as the backup.
     *
     * @param target the file to replace or create
     * @param content writes the new content
     * @param streamHook wraps the stream to the temporary file (a test seam; identity otherwise)
     * @throws RegisterFileException when anything fails; the target is then unchanged
     */
    static void write(Path target, Content content, UnaryOperator<OutputStream> streamHook)
            throws RegisterFileException {
        try {
            replace(target, content, streamHook, true);
        } catch (IOException | RuntimeException e) {
            throw RegisterFileException.saving(target, e);
        }
    }

    private static void replace(Path target, Content content, UnaryOperator<OutputStream> streamHook,
            boolean backup) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path temp = null;
        Path backupTemp = null;
        try {
            if (Files.isSymbolicLink(file)) {
                file = file.toRealPath();
            }
            Path folder = file.getParent();
            String name = file.getFileName().toString();
            if (!Files.isDirectory(folder)) {
                throw new NoSuchFileException(folder.toString(), null, NLS.bind(Messages.folderMissing, folder));
            }
            if (Files.exists(file) && !Files.isWritable(file)) {
                throw new AccessDeniedException(file.toString(), null, Messages.readOnly);
            }
            temp = createTemp(folder, name);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(streamHook.apply(Channels.newOutputStream(channel)),
                        1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(file)) {
                copyPermissions(file, temp);
                if (backup) {
                    backupTemp = createBackup(file, folder, name);
                    move(backupTemp, folder.resolve(name + BACKUP_SUFFIX));
                    backupTemp = null;
                }
            }
            move(temp, file);
            temp = null;
            forceFolder(folder);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(backupTemp);
        }
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        while (true) {
            Path temp = folder.resolve('.' + name + '.' + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + TEMP_SUFFIX);
            try {
                // no file attributes: the file gets the default permissions, as a new file would
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Makes a temporary backup: a hard link to the previous file, or a copy where links fail. */
    private static Path createBackup(Path file, Path folder, String name) throws IOException {
        Path backupTemp = folder.resolve('.' + name + BACKUP_SUFFIX + '.'
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        try {
            Files.createLink(backupTemp, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(backupTemp);
            Files.copy(file, backupTemp, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return backupTemp;
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the default permissions stay
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable where the platform can force a folder (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is done; only its durability across a power cut is left to the system
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a stray temporary file is harmless; it never replaces the register
            }
        }
    }
}
