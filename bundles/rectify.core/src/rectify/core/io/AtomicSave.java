package rectify.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Replaces a file so that a crash, a full disk or a failing write never leaves it broken: the
 * content goes to a temporary file in the same folder, which is flushed and forced to the disk;
 * for registers the previous file is kept as {@code <name>.bak} (replacing the older backup);
 * then the temporary file is renamed onto the target in one atomic step. Exports and other
 * files written from a register use {@link #replace(Path, Content)}, which keeps no backup.
 * <p>
 * Only regular files are written: a target that exists and is a folder, a device, a named pipe or
 * a socket (or a symbolic link to one) is refused before anything is written, since the rename
 * would replace the device itself. The temporary files are named {@code .<name>.<random>.tmp},
 * the name shortened so that they fit the file system's 255 bytes. A writer locks its temporary
 * file while it writes; a save removes the temporary files of the same file that nobody holds
 * (left by a process that was killed), and a process that is asked to end (TERM, INT) removes
 * its own.
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
    /** The most bytes of the target's name in a temporary file's name: room for the rest. */
    private static final int TEMP_NAME_BYTES = FileNames.MAX_NAME_BYTES - ".".length() - BACKUP_SUFFIX.length()
            - ".0123456789abcdef".length() - TEMP_SUFFIX.length();
    private static final Pattern TEMP_TAIL = Pattern.compile("(\\.bak)?\\.[0-9a-f]{1,16}\\.tmp"); //$NON-NLS-1$

    /** The temporary files this process is writing, which it removes when asked to end. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean CLEANER = new AtomicBoolean();

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
     * @throws IOException when anything fails, as thrown by the file system or by the content
     *         ({@link NotRegularFileException} for a target that is not a regular file); the
     *         target is then unchanged and no temporary file is left
     */
    public static void replace(Path target, Content content) throws IOException {
        replace(target, content, UnaryOperator.identity(), false);
    }

    /**
     * Refuses a target that is there and is not a regular file, following symbolic links.
     *
     * @param target a file to be written
     * @return the file to write: the target, or the file a symbolic link points to
     * @throws NotRegularFileException when it is a folder, a device, a pipe, a socket…
     * @throws IOException when it cannot be told what it is
     */
    public static Path checkTarget(Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            try {
                file = file.toRealPath();
            } catch (NoSuchFileException e) {
                // a link to nothing: the link is replaced, as a missing file is created
            }
        }
        FileKind kind = FileKind.of(file);
        if (kind != FileKind.MISSING && kind != FileKind.REGULAR) {
            throw new NotRegularFileException(target, kind);
        }
        return file;
    }

    /**
     * Creates or replaces a register file atomically, keeping the previous file as the backup.
     *
     * @param target the file to replace or create
     * @param content writes the new content
     * @param streamHook wraps the stream to the temporary file (a test seam; identity otherwise)
     * @return the version of the file written
     * @throws RegisterFileException when anything fails; the target is then unchanged
     */
    static DiskVersion write(Path target, Content content, UnaryOperator<OutputStream> streamHook)
            throws RegisterFileException {
        try {
            return replace(target, content, streamHook, true);
        } catch (IOException | RuntimeException e) {
            throw RegisterFileException.saving(target, e);
        }
    }

    private static DiskVersion replace(Path target, Content content, UnaryOperator<OutputStream> streamHook,
            boolean register) throws IOException {
        Path file = checkTarget(target);
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, NLS.bind(Messages.folderMissing,
                    FileNames.display(folder)));
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString(), null, Messages.readOnly);
        }
        String prefix = tempPrefix(name);
        removeStale(folder, prefix);
        Path temp = null;
        Path backupTemp = null;
        try {
            MessageDigest digest = register ? DiskVersion.newDigest() : null;
            try (TempFile created = TempFile.create(folder, prefix)) {
                temp = created.path;
                OutputStream raw = Channels.newOutputStream(created.channel);
                OutputStream out = new BufferedOutputStream(
                        streamHook.apply(digest == null ? raw : new DigestOutputStream(raw, digest)), 1 << 16);
                content.writeTo(out);
                out.flush();
                created.channel.force(true);
            }
            BasicFileAttributes written = Files.readAttributes(temp, BasicFileAttributes.class);
            if (Files.exists(file)) {
                copyPermissions(file, temp);
                if (register) {
                    backupTemp = createBackup(file, folder, prefix);
                    move(backupTemp, folder.resolve(FileNames.fit(name + BACKUP_SUFFIX, FileNames.MAX_NAME_BYTES)));
                    backupTemp = null;
                }
            }
            checkTarget(file);
            move(temp, file);
            temp = null;
            forceFolder(folder);
            return digest == null ? null : DiskVersion.of(written, digest.digest());
        } finally {
            deleteQuietly(temp);
            deleteQuietly(backupTemp);
        }
    }

    /**
     * @return the start of the temporary files' names of a file: a dot and its name, or, for a
     *         name too long for the rest to fit, the start of the name and a hash of all of it, so
     *         that files whose names start alike have temporary files of their own
     */
    private static String tempPrefix(String name) {
        if (FileNames.bytes(name) <= TEMP_NAME_BYTES) {
            return '.' + name;
        }
        String hash = String.format("~%08x", name.hashCode()); //$NON-NLS-1$
        return '.' + FileNames.fit(name, TEMP_NAME_BYTES - hash.length()).replaceFirst("\\.[^.]*$", "") + hash; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A new temporary file, open for writing and locked from the moment it exists until it is
     * closed, so that no other process takes it for the file of a killed writer.
     */
    private record TempFile(Path path, FileChannel channel) implements AutoCloseable {

        static TempFile create(Path folder, String prefix) throws IOException {
            cleanOnExit();
            while (true) {
                Path temp = folder.resolve(prefix + '.' + Long.toHexString(ThreadLocalRandom.current().nextLong())
                        + TEMP_SUFFIX);
                FileChannel channel;
                WRITING.add(temp); // before it exists: a save of this process that sees it leaves it
                try {
                    // no file attributes: the file gets the default permissions, as a new file would
                    channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    WRITING.remove(temp);
                    continue;
                } catch (IOException | RuntimeException e) {
                    WRITING.remove(temp);
                    throw e;
                }
                try {
                    channel.tryLock();
                } catch (IOException | OverlappingFileLockException e) {
                    // a file system without locks: only this process's own are then told apart
                }
                return new TempFile(temp, channel);
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Makes a temporary backup: a hard link to the previous file, or a copy where links fail. */
    private static Path createBackup(Path file, Path folder, String prefix) throws IOException {
        Path backupTemp = folder.resolve(prefix + BACKUP_SUFFIX + '.'
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        WRITING.add(backupTemp);
        try {
            Files.createLink(backupTemp, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(backupTemp);
            Files.copy(file, backupTemp, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return backupTemp;
    }

    /**
     * Removes the temporary files of earlier saves of the file that no writer holds: those of a
     * process that was killed while saving. A writer holds its file locked while it writes; this
     * process's own are skipped.
     */
    private static void removeStale(Path folder, String prefix) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, path -> {
            String name = path.getFileName().toString();
            return name.startsWith(prefix) && TEMP_TAIL.matcher(name).region(prefix.length(), name.length()).matches();
        })) {
            for (Path stale : files) {
                if (!WRITING.contains(stale)) {
                    removeIfUnheld(stale);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed: what is left there does no harm
        }
    }

    private static void removeIfUnheld(Path temp) {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.deleteIfExists(temp);
                lock.release();
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held, gone or not ours to remove
        }
    }

    /** Removes the temporary files being written when the process is asked to end (TERM, INT). */
    private static void cleanOnExit() {
        if (CLEANER.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> WRITING.forEach(AtomicSave::deleteQuietly),
                    "rectify-temporary-files")); //$NON-NLS-1$
        }
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
        } finally {
            WRITING.remove(from);
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
            } finally {
                WRITING.remove(path);
            }
        }
    }

    /** A target that is there and is not a regular file: a folder, a device, a pipe, a socket. */
    public static final class NotRegularFileException extends FileSystemException {

        private static final long serialVersionUID = 1L;

        private final FileKind kind;

        NotRegularFileException(Path file, FileKind kind) {
            super(file.toString(), null, NLS.bind(Messages.notRegularTarget, kind.describe()));
            this.kind = kind;
        }

        /** @return what the target is */
        public FileKind kind() {
            return kind;
        }
    }
}
