package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFileException.Problem;
import rectify.model.OrgUnit;
import rectify.model.RectifyFactory;
import rectify.model.Register;

/**
 * Saves are atomic: a save that fails half-way, on a full disk or in EMF leaves the previous
 * file byte for byte and no temporary file; a successful save keeps the previous file as the
 * backup.
 */
class AtomicSaveTest {

    @TempDir
    Path dir;

    private Path file;
    private Resource resource;
    private byte[] previous;

    /** Saves a first version of a register of about 300 KB. */
    @BeforeEach
    void saveAFirstVersion() throws IOException {
        file = dir.resolve("台账.rectify");
        Register register = SampleRegisters.meeting(200, 300);
        RegisterFiles.save(register, file);
        resource = register.eResource();
        previous = Files.readAllBytes(file);
        assertTrue(previous.length > 200_000, "big enough to be written in several chunks: " + previous.length);
        register.setOrganizationName("中共某某省应急管理厅委员会（第二版）");
    }

    /** A stream that fails after a number of bytes, like a crash or a full disk. */
    static final class FailingStream extends FilterOutputStream {
        private long left;
        private final String reason;

        FailingStream(OutputStream out, long bytes, String reason) {
            super(out);
            this.left = bytes;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                out.write(b, off, (int) left);
                left = 0;
                throw new IOException(reason);
            }
            out.write(b, off, len);
            left -= len;
        }
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        List<Path> seenWhileWriting = new ArrayList<>();
        UnaryOperator<OutputStream> halfWay = out -> {
            seenWhileWriting.addAll(listing());
            return new FailingStream(out, previous.length / 2, "simulated crash half-way");
        };
        RegisterFileException e = assertThrows(RegisterFileException.class,
                () -> RegisterFiles.save(resource, file, halfWay));
        System.out.println("failed save -> " + e.getMessage());
        assertEquals(Problem.SAVE_FAILED, e.getProblem());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("simulated crash half-way"), e.getMessage());
        assertTrue(seenWhileWriting.stream().anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                "the temporary file is in the same folder: " + seenWhileWriting);
        assertArrayEquals(previous, Files.readAllBytes(file), "the previous file is intact");
        assertEquals(List.of(file), listing(), "no temporary file and no backup is left");
    }

    @Test
    void aFullDiskIsTheSamePath() throws IOException {
        UnaryOperator<OutputStream> diskFull = out -> new FailingStream(out, 0, "No space left on device");
        RegisterFileException e = assertThrows(RegisterFileException.class,
                () -> RegisterFiles.save(resource, file, diskFull));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aFailureWhileFlushingAtTheEndIsTheSamePath() throws IOException {
        UnaryOperator<OutputStream> failsOnFlush = out -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("flush failed");
            }
        };
        assertThrows(RegisterFileException.class, () -> RegisterFiles.save(resource, file, failsOnFlush));
        assertArrayEquals(previous, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aFailureInsideEmfLeavesThePreviousFile() throws IOException {
        Register register = (Register) resource.getContents().get(0);
        OrgUnit outside = RectifyFactory.eINSTANCE.createOrgUnit(); // in no resource: a dangling reference
        register.getPeople().get(0).setUnit(outside);
        RegisterFileException e = assertThrows(RegisterFileException.class, () -> RegisterFiles.save(resource));
        System.out.println("dangling save -> " + e.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aFailureLeavesAnOlderBackupAlone() throws IOException {
        RegisterFiles.save(resource); // backup = first version
        byte[] second = Files.readAllBytes(file);
        Path backup = dir.resolve("台账.rectify.bak");
        assertArrayEquals(previous, Files.readAllBytes(backup));
        ((Register) resource.getContents().get(0)).setFondsCode("Z002");
        assertThrows(RegisterFileException.class,
                () -> RegisterFiles.save(resource, file, out -> new FailingStream(out, 1000, "simulated")));
        assertArrayEquals(second, Files.readAllBytes(file));
        assertArrayEquals(previous, Files.readAllBytes(backup));
        assertEquals(List.of(file, backup), listing());
    }

    @Test
    void aSuccessfulSaveKeepsThePreviousFileAsTheBackup() throws IOException {
        RegisterFiles.save(resource);
        Path backup = dir.resolve("台账.rectify.bak");
        assertArrayEquals(previous, Files.readAllBytes(backup), "the backup is the previous file");
        assertEquals(List.of(file, backup), listing());
        assertFalse(resource.isModified());
        Register loaded = RegisterFiles.load(file);
        assertTrue(EcoreUtil.equals(resource.getContents().get(0), loaded));

        byte[] second = Files.readAllBytes(file);
        ((Register) resource.getContents().get(0)).setFondsCode("Z003");
        RegisterFiles.save(resource);
        assertArrayEquals(second, Files.readAllBytes(backup), "the backup is replaced by the newer previous file");
        assertEquals(List.of(file, backup), listing());
    }

    @Test
    void aSaveIntoAMissingFolderFailsClearly() {
        Path elsewhere = dir.resolve("没有这个文件夹").resolve("x.rectify");
        RegisterFileException e = assertThrows(RegisterFileException.class,
                () -> RegisterFiles.save(SampleRegisters.meeting(1, 1), elsewhere));
        System.out.println("missing folder -> " + e.getMessage());
        assertTrue(e.getMessage().contains(elsewhere.toString()), e.getMessage());
        assertFalse(Files.exists(elsewhere.getParent()));
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        } catch (UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no POSIX permissions here");
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file), "the user may write any file (root)");
        RegisterFileException e = assertThrows(RegisterFileException.class, () -> RegisterFiles.save(resource));
        System.out.println("read-only -> " + e.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void theNewFileKeepsThePermissionsOfThePreviousOne() throws IOException {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions;
        try {
            permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no POSIX permissions here");
            return;
        }
        RegisterFiles.save(resource);
        assertEquals(permissions, Files.getPosixFilePermissions(file));
    }

    @Test
    void replaceWritesAFileWithoutKeepingABackup() throws IOException {
        Path export = dir.resolve("台账.csv");
        AtomicSave.replace(export, out -> out.write("第一版".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        AtomicSave.replace(export, out -> out.write("第二版".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("第二版", Files.readString(export));
        assertEquals(List.of(export, file), listing(), "no backup and no temporary file");
    }

    @Test
    void replaceThatFailsLeavesThePreviousFileAndRethrowsTheCause() throws IOException {
        Path export = dir.resolve("台账.csv");
        Files.writeString(export, "上一版");
        IOException e = assertThrows(IOException.class, () -> AtomicSave.replace(export, out -> {
            out.write(new byte[100_000]);
            throw new IOException("simulated failure of the export");
        }));
        assertEquals("simulated failure of the export", e.getMessage());
        assertEquals("上一版", Files.readString(export));
        assertEquals(List.of(export, file), listing());
    }

    /** @return the files of the folder, but the lock file that every save leaves beside the register */
    private List<Path> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.equals(RegisterLock.lockFile(file))).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
