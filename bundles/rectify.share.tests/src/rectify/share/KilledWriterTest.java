package rectify.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Register;

/**
 * A process killed while it commits a save (SIGKILL, at random moments) leaves a consistent
 * repository: {@code git fsck} finds nothing wrong, the register reads whole, and the next save
 * finishes whatever the killed one left of the working tree, so that Git finds nothing uncommitted.
 */
class KilledWriterTest {

    private static final int ROUNDS = 6;

    @TempDir
    Path scratch;

    @Test
    void aWriterKilledDuringACommitLeavesAConsistentRepository() throws IOException, InterruptedException {
        Path folder = scratch.resolve("台账");
        Folders.sharedSample(scratch, folder);
        int saves = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path log = scratch.resolve("writer-" + round + ".log");
            Process writer = PlainJava.start(log, SaveLoop.class, folder.toString());
            waitForSaves(writer, log, 1);
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 400));
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            saves += Files.readAllLines(log).stream().filter(line -> line.startsWith("saved")).count();

            String fsck = Folders.gitOk(folder, "fsck", "--full", "--strict", "--no-dangling");
            assertTrue(fsck.isBlank(), fsck);
            Register read = RegisterFiles.load(folder);
            assertTrue(
                    read.getRecords().get(0).getPlace() == null || read.getRecords().get(0).getPlace().startsWith("第 "),
                    "the register reads whole, as one of the commits left it");
        }
        RegisterFiles.update(folder, Duration.ofSeconds(30), (register, created) -> {
            register.getRecords().get(0).setPlace("最后一次保存");
            return null;
        });
        assertEquals("", Folders.gitOk(folder, "status", "--porcelain"), "the working tree is as committed");
        assertEquals("最后一次保存", RegisterFiles.load(folder).getRecords().get(0).getPlace());
        int commits = Integer.parseInt(Folders.gitOk(folder, "rev-list", "--count", "HEAD").strip());
        assertTrue(commits >= saves + 2, commits + " commits for " + saves + " saves reported");
        Folders.gitOk(folder, "log", "--format=%an %s", "-3");
    }

    private static void waitForSaves(Process writer, Path log, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)
                    && Files.readAllLines(log).stream().filter(l -> l.startsWith("saved")).count() >= count) {
                return;
            }
            if (!writer.isAlive()) {
                throw new AssertionError("the writer ended: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the writer saved nothing in a minute: " + Files.readString(log));
    }
}
