package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.AtomicSave.NotRegularFileException;
import rectify.core.io.RegisterFileException.Problem;

/**
 * Only regular files are written: devices, named pipes and folders (and links to them) are refused
 * before anything is written, and said to be what they are; names fit the file system; temporary
 * files of killed writers are removed by the next save. The devices and pipes are made by the
 * test in its own folder, never the machine's.
 */
class RegularFilesTest {

    @TempDir
    Path dir;

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        Assumptions.assumeTrue(process.exitValue() == 0, () -> List.of(command) + " failed: " + output);
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        run("mkfifo", fifo.toString());
        return fifo;
    }

    /** A character device with the numbers of /dev/null (1, 3) or /dev/full (1, 7); needs root. */
    private Path device(String name, int minor) throws Exception {
        Path device = dir.resolve(name);
        run("mknod", device.toString(), "c", "1", Integer.toString(minor));
        return device;
    }

    private static void assertRefused(Path target, FileKind kind) {
        NotRegularFileException e = assertThrows(NotRegularFileException.class,
                () -> AtomicSave.replace(target, out -> out.write("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))));
        System.out.println(kind + " -> " + e.getMessage());
        assertEquals(kind, e.kind());
        assertTrue(e.getMessage().contains(kind.describe()), e.getMessage());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNamedPipeIsRefusedAndStaysAPipe() throws Exception {
        Path fifo = fifo("out.pdf");

        assertRefused(fifo, FileKind.FIFO);

        assertEquals(FileKind.FIFO, FileKind.of(fifo));
        assertEquals(List.of("out.pdf"), names(), "no temporary file");
    }

    @Test
    void devicesAreRefusedAndStayDevices() throws Exception {
        Path nullDevice = device("null-copy", 3);
        Path fullDevice = device("full-copy", 7);

        assertRefused(nullDevice, FileKind.CHARACTER_DEVICE);
        assertRefused(fullDevice, FileKind.CHARACTER_DEVICE);

        assertEquals(FileKind.CHARACTER_DEVICE, FileKind.of(nullDevice));
        assertEquals(FileKind.CHARACTER_DEVICE, FileKind.of(fullDevice));
        assertEquals(List.of("full-copy", "null-copy"), names());
    }

    @Test
    void aLinkToAPipeIsRefusedAndAFolderToo() throws Exception {
        Path fifo = fifo("pipe");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), fifo);
        Path folder = Files.createDirectory(dir.resolve("folder.pdf"));

        assertRefused(link, FileKind.FIFO);
        assertRefused(folder, FileKind.FOLDER);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(FileKind.FIFO, FileKind.of(fifo));
    }

    @Test
    void aRegisterSavedOntoADeviceIsRefusedAndOneReadFromAPipeIsCalledAPipe() throws Exception {
        Path device = device("register.rectify", 3);
        RegisterFileException saving = assertThrows(RegisterFileException.class,
                () -> RegisterFiles.save(SampleRegisters.meeting(1, 1), device));
        Path fifo = fifo("pipe.rectify");
        RegisterFileException loading = assertThrows(RegisterFileException.class, () -> RegisterFiles.load(fifo));
        System.out.println("device -> " + saving.getMessage() + "\npipe -> " + loading.getMessage());

        assertEquals(Problem.SAVE_FAILED, saving.getProblem());
        assertTrue(saving.getMessage().contains(FileKind.CHARACTER_DEVICE.describe()), saving.getMessage());
        assertEquals(FileKind.CHARACTER_DEVICE, FileKind.of(device));
        assertEquals(Problem.NOT_A_FILE, loading.getProblem());
        assertTrue(loading.getMessage().contains(FileKind.FIFO.describe()), loading.getMessage());
        assertFalse(loading.getMessage().contains(FileKind.FOLDER.describe()), loading.getMessage());
    }

    @Test
    void aTitleOf300CharactersGivesANameThatFits() throws IOException {
        String title = "关于进一步加强和改进新时代党的建设工作的整改落实情况报告".repeat(11).substring(0, 300);
        String name = FileNames.fit(title + ".pdf", FileNames.MAX_NAME_BYTES);
        Path target = dir.resolve(name);

        AtomicSave.replace(target, out -> out.write(1));

        assertTrue(name.endsWith(".pdf"));
        assertTrue(FileNames.bytes(name) <= FileNames.MAX_NAME_BYTES, name);
        assertTrue(title.startsWith(name.substring(0, name.length() - 4)));
        assertEquals(List.of(name), names());
    }

    @Test
    void theNextSaveRemovesTheTemporaryFilesOfAKilledWriterButNotOneBeingWritten() throws IOException {
        Path target = dir.resolve("台账.rectify");
        RegisterFiles.save(SampleRegisters.meeting(1, 1), target);
        Path stale = Files.writeString(dir.resolve(".台账.rectify.0123456789abcdef.tmp"), "<half");
        Path staleBackup = Files.writeString(dir.resolve(".台账.rectify.bak.42.tmp"), "<old");
        Path busy = Files.writeString(dir.resolve(".台账.rectify.fedcba9876543210.tmp"), "<being written");
        Path other = Files.writeString(dir.resolve(".其他.rectify.0123456789abcdef.tmp"), "<another file's");

        try (FileChannel channel = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            RegisterFiles.save(SampleRegisters.meeting(1, 2), target);
        }

        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleBackup));
        assertTrue(Files.exists(busy), "a file a writer holds is not removed");
        assertTrue(Files.exists(other), "another file's are left to its own saves");
        assertEquals(2,
                RegisterFiles.load(target).getRecords().get(0).getReview().getAspects().get(0).getProblems().size());
    }

    @Test
    void namesInMessagesHaveTheirControlCharactersEscapedAndLongOnesShortened() {
        String escaped = FileNames.display("a\nb\u001b[31mc\u202ed\t.rectify");
        String longName = FileNames.display("/x/" + "y".repeat(100_000) + ".rectify");

        assertEquals("a\\nb\\u001b[31mc\\u202ed\\t.rectify", escaped);
        assertTrue(longName.length() < 400, longName.length() + "");
        assertTrue(longName.startsWith("/x/yyy") && longName.endsWith("yyy.rectify"), longName);
        assertEquals(FileNames.fit("档案.pdf", 255), "档案.pdf");
        assertTrue(FileKind.FIFO.describe().toLowerCase(Locale.ROOT).contains("fifo"));
    }
}
