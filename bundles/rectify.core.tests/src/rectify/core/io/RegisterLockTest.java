package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFileException.Problem;

/**
 * The lock of a register file: one writer at a time, a bounded wait with a clear message, the same
 * thread may take it again. (Between processes, and a killed holder: rectify.releng.tests.)
 */
class RegisterLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterWaitsBoundedAndIsToldWhoseFileItIs() throws Exception {
        Path file = dir.resolve("台账.rectify");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (RegisterLock lock = RegisterLock.acquire(file, Duration.ofSeconds(5))) {
                held.countDown();
                release.await(30, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS));

        long start = System.nanoTime();
        RegisterFileException e = assertThrows(RegisterFileException.class,
                () -> RegisterLock.acquire(file, Duration.ofMillis(300)));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("locked -> " + e.getMessage());

        assertEquals(Problem.LOCKED, e.getProblem());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(waited >= 250 && waited < 5_000, "waited " + waited + " ms");
        assertFalse(Files.exists(file), "nothing was written");

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        try (RegisterLock lock = RegisterLock.acquire(file, Duration.ofSeconds(5))) {
            assertTrue(Files.exists(RegisterLock.lockFile(file)), "the lock file is beside the register");
        }
    }

    @Test
    void theThreadThatHoldsItMayTakeItAgain() throws IOException {
        Path file = dir.resolve("a.rectify");
        try (RegisterLock outer = RegisterLock.acquire(file, Duration.ofSeconds(1));
                RegisterLock inner = RegisterLock.acquire(file, Duration.ofSeconds(1))) {
            assertTrue(Files.exists(RegisterLock.lockFile(file)));
        }
        CompletableFuture.runAsync(() -> {
            try (RegisterLock again = RegisterLock.acquire(file, Duration.ofMillis(500))) {
                // released by both: another thread gets it at once
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).join();
    }

    @Test
    void theLockFileOfALongNameFitsTheFileSystem() throws IOException {
        Path file = dir.resolve("长".repeat(84) + ".rectify");
        Path lockFile = RegisterLock.lockFile(file);
        assertTrue(FileNames.bytes(lockFile.getFileName().toString()) <= FileNames.MAX_NAME_BYTES);
        try (RegisterLock lock = RegisterLock.acquire(file, Duration.ofSeconds(1))) {
            assertTrue(Files.exists(lockFile));
        }
    }

    @Test
    void aMissingFolderIsSaidAsSuch() {
        Path file = dir.resolve("没有").resolve("a.rectify");
        RegisterFileException e = assertThrows(RegisterFileException.class,
                () -> RegisterLock.acquire(file, Duration.ofSeconds(1)));
        System.out.println("no folder -> " + e.getMessage());
        assertEquals(Problem.SAVE_FAILED, e.getProblem());
        assertTrue(e.getMessage().contains(file.getParent().toString()), e.getMessage());
    }
}
