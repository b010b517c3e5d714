package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFileException.Problem;
import rectify.model.Meeting;
import rectify.model.RectifyFactory;
import rectify.model.Register;

/**
 * A save replaces the file only when it is still the version that was read; headless writers
 * read, change and save under the lock, so that concurrent writers lose nothing.
 */
class CompareAndSwapTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeARegister() throws IOException {
        file = dir.resolve("台账.rectify");
        RegisterFiles.save(SampleRegisters.meeting(3, 5), file);
    }

    private static Meeting meeting(String title) {
        Meeting meeting = RectifyFactory.eINSTANCE.createMeeting();
        meeting.setTitle(title);
        return meeting;
    }

    private static List<String> titles(Register register) {
        return register.getRecords().stream().map(r -> r.getTitle()).toList();
    }

    @Test
    void theVersionReadIsTheDigestOfTheBytesOnDisk() throws Exception {
        Resource resource = RegisterFiles.load(RegisterFiles.newResourceSet(), file);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));

        assertEquals(sha256, RegisterFiles.diskVersion(resource).digest());
        assertEquals(DiskVersion.read(file), RegisterFiles.diskVersion(resource));
        assertTrue(RegisterFiles.diskVersion(resource).isCurrent(file));
    }

    @Test
    void aSaveOverAFileAnotherWriterChangedOverwritesNothing() throws IOException {
        Resource mine = RegisterFiles.load(RegisterFiles.newResourceSet(), file);
        ((Register) mine.getContents().get(0)).getRecords().add(meeting("窗口里的记录"));

        RegisterFiles.update(file, Duration.ofSeconds(5),
                (register, created) -> register.getRecords().add(meeting("命令加的记录")));
        byte[] theirs = Files.readAllBytes(file);
        RegisterFileException e = assertThrows(RegisterFileException.class, () -> RegisterFiles.save(mine));
        System.out.println("changed on disk -> " + e.getMessage());

        assertEquals(Problem.CHANGED_ON_DISK, e.getProblem());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(theirs, Files.readAllBytes(file), "the other writer's file is not overwritten");
        assertTrue(RegisterFiles.isChangedOnDisk(mine));
    }

    @Test
    void aFileTouchedButNotChangedIsStillTheOneRead() throws IOException {
        Resource mine = RegisterFiles.load(RegisterFiles.newResourceSet(), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        ((Register) mine.getContents().get(0)).setFondsCode("Z009");

        RegisterFiles.save(mine);
        RegisterFiles.save(mine); // the version written is the one the next save compares with

        assertEquals("Z009", RegisterFiles.load(file).getFondsCode());
    }

    @Test
    void aNewRegisterDoesNotReplaceAFileThatAppearedMeanwhile() throws IOException {
        Path fresh = dir.resolve("新.rectify");
        Resource created = RegisterFiles.create(RegisterFiles.newResourceSet(), fresh);
        created.getContents().add(RectifyFactory.eINSTANCE.createRegister());
        RegisterFiles.save(SampleRegisters.meeting(1, 1), fresh);

        RegisterFileException e = assertThrows(RegisterFileException.class, () -> RegisterFiles.save(created));

        assertEquals(Problem.CHANGED_ON_DISK, e.getProblem());
        assertEquals(1, RegisterFiles.load(fresh).getRecords().size());
    }

    @Test
    void writersThatUpdateAtOnceLoseNothing() throws Exception {
        int writers = 8;
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String title = "并发记录 " + i;
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    RegisterFiles.update(file, Duration.ofSeconds(60),
                            (register, created) -> register.getRecords().add(meeting(title)));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();

        Set<String> titles = new HashSet<>(titles(RegisterFiles.load(file)));
        for (int i = 0; i < writers; i++) {
            assertTrue(titles.contains("并发记录 " + i), titles.toString());
        }
        assertEquals(1 + writers, titles.size());
    }

    @Test
    void anUpdateOfAMissingFileMakesIt() throws IOException {
        Path fresh = dir.resolve("新记录册.rectify");

        boolean made = RegisterFiles.update(fresh, Duration.ofSeconds(5), (register, created) -> {
            register.getRecords().add(meeting("第一条"));
            return created;
        });

        assertTrue(made);
        assertEquals(List.of("第一条"), titles(RegisterFiles.load(fresh)));
    }

    @Test
    void anUpdateThatFailsChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(file);

        IOException e = assertThrows(IOException.class,
                () -> RegisterFiles.update(file, Duration.ofSeconds(5), (register, created) -> {
                    register.getRecords().clear();
                    throw new IOException("refused");
                }));

        assertEquals("refused", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
