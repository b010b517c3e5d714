package rectify.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.osgi.util.NLS;

/**
 * The lock a writer of a register file holds for the read–modify–write of a save. Between
 * processes it is an operating system lock on a lock file beside the register,
 * {@code .<name>.lock}, which the system releases when the process ends, however it ends: a
 * killed writer never blocks anyone. Between the threads of one process it is a lock per file;
 * the thread that holds it may take it again (a save inside an update).
 * <p>
 * Taking it waits a bounded time, then fails with a {@link RegisterFileException} of
 * {@link RegisterFileException.Problem#LOCKED}, nothing changed. The lock file stays when the lock
 * is released; it holds nothing, and deleting it while another process waits would let two
 * writers in.
 */
public final class RegisterLock implements AutoCloseable {

    /** How long a save waits for another writer of the same register by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private static final String SUFFIX = ".lock"; //$NON-NLS-1$
    private static final long LONGEST_PAUSE_MS = 40;
    private static final Map<Path, ReentrantLock> THREADS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private RegisterLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a register file, waiting for another writer at most {@code wait}.
     *
     * @param register the register file, which need not exist yet
     * @param wait how long to wait for another writer
     * @return the lock, held until {@link #close() closed}
     * @throws RegisterFileException {@link RegisterFileException.Problem#LOCKED} when another
     *         writer kept it the whole time; {@link RegisterFileException.Problem#SAVE_FAILED} when
     *         the lock file cannot be made (a missing or read-only folder)
     */
    public static RegisterLock acquire(Path register, Duration wait) throws RegisterFileException {
        Path file = realFile(register);
        long deadline = System.nanoTime() + wait.toNanos();
        ReentrantLock local = THREADS.computeIfAbsent(file, f -> new ReentrantLock(true));
        try {
            if (!local.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw RegisterFileException.locked(register, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegisterFileException.locked(register, wait);
        }
        if (local.getHoldCount() > 1) {
            return new RegisterLock(local, null, null);
        }
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(file.getParent())) {
                throw new NoSuchFileException(file.getParent().toString(), null,
                        NLS.bind(Messages.folderMissing, FileNames.display(file.getParent())));
            }
            channel = FileChannel.open(lockFile(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = waitFor(channel, deadline);
            if (lock == null) {
                throw RegisterFileException.locked(register, wait);
            }
            return new RegisterLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            if (e instanceof RegisterFileException r) {
                throw r;
            }
            throw RegisterFileException.saving(register, e);
        }
    }

    /**
     * @param register a register file
     * @return the lock file beside it, {@code .<name>.lock} (the name shortened to fit)
     */
    public static Path lockFile(Path register) {
        Path file = register.toAbsolutePath().normalize();
        String name = FileNames.fit(file.getFileName().toString(), FileNames.MAX_NAME_BYTES - 1 - SUFFIX.length());
        return file.resolveSibling('.' + name + SUFFIX);
    }

    /** Releases the lock; the next writer waiting gets it. Releasing twice does nothing. */
    @Override
    public void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases it as well
        } finally {
            closeQuietly(channel);
            local.unlock();
        }
    }

    /** @return the lock, or {@code null} when the deadline passed; pauses a little between tries */
    private static FileLock waitFor(FileChannel channel, long deadline) throws IOException {
        long pause = 2;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // this process holds it through another path to the same file: wait as for another
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return null;
            }
            try {
                Thread.sleep(Math.min(left, ThreadLocalRandom.current().nextLong(1, pause + 1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
        }
    }

    /** The file a save writes: a symbolic link's target, which is replaced in its own folder. */
    static Path realFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was written through it
            }
        }
    }
}
