package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.releng.tests.LaunchScript.rectify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost or destroyed, with real processes through the product's launch script: imports
 * at once into one register, a writer killed while it holds the register's lock or while it
 * writes, outputs that are pipes and devices (made here, never the machine's own), a title of 300
 * characters, a file named like a command in the current folder, documents of repeated paragraphs.
 */
class ProductSafetyTest {

    private static final Pattern RECORD = Pattern.compile("^record=(\\S+) ", Pattern.MULTILINE);

    private static Path sampleText;
    private static Path dir;

    @BeforeAll
    static void prepare() throws Exception {
        sampleText = Path.of("../../bundles/rectify.samples/documents/democratic-life-meeting-2021.txt")
                .toAbsolutePath()
                .normalize();
        dir = Command.fresh(LaunchScript.dir().resolve("safety"));
        // the first command prepares the plain class path and its class-data cache
        assertEquals(0, rectify("info", Command.property("rectify.sample").toString()).exitCode());
    }

    private static Set<String> records(Path register) throws Exception {
        LaunchScript.Result info = rectify("info", register.toString());
        assertEquals(0, info.exitCode(), info.err());
        Set<String> ids = new HashSet<>();
        Matcher matcher = RECORD.matcher(info.out());
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String recordOf(LaunchScript.Result imported) {
        Matcher matcher = RECORD.matcher(imported.out());
        assertTrue(matcher.find(), imported.out());
        return matcher.group(1);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        Assumptions.assumeTrue(process.exitValue() == 0, () -> List.of(command) + ": " + output);
    }

    private static String type(Path file) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return attributes.isRegularFile() ? "file"
                : attributes.isDirectory() ? "folder"
                        : attributes.isSymbolicLink() ? "link" : "other";
    }

    private static List<String> hiddenTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp"))
                    .toList();
        }
    }

    @Test
    void importsAtOnceIntoOneRegisterEachHaveTheirRecordOrSayWhyNot() throws Exception {
        Path register = dir.resolve("together.rectify");
        List<LaunchScript.Run> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(LaunchScript.start(null, Map.of(), "-nl", "en", "import", sampleText.toString(), "--register",
                    register.toString()));
        }
        List<String> added = new ArrayList<>();
        for (LaunchScript.Run run : runs) {
            LaunchScript.Result result = run.result();
            if (result.exitCode() == 0) {
                added.add(recordOf(result));
            } else {
                assertEquals(75, result.exitCode(), result.err());
                assertTrue(result.err().contains(register.toString()) && result.err().contains("Nothing was changed"),
                        result.err());
            }
        }

        Set<String> inRegister = records(register);
        assertTrue(inRegister.containsAll(added),
                "every import that said so has its record: " + added + " in " + inRegister);
        assertEquals(added.size(), inRegister.size(), "and no other");
        assertFalse(added.isEmpty());
    }

    @Test
    void aWriterKilledWhileHoldingTheLockBlocksNoOne() throws Exception {
        Path register = dir.resolve("locked.rectify");
        assertEquals(0, rectify("import", sampleText.toString(), "--register", register.toString()).exitCode());
        byte[] before = Files.readAllBytes(register);
        Process holder = plainJava("lock", register);
        try {
            LaunchScript.Result refused = rectify("-nl", "en", "import", sampleText.toString(), "--register",
                    register.toString(), "--wait", "1");
            assertEquals(75, refused.exitCode(), refused.err());
            assertTrue(
                    refused.err().contains("another program has been writing it")
                            && refused.err().contains("Nothing was changed"),
                    refused.err());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(register)), "the register is unchanged");
        } finally {
            holder.destroyForcibly().waitFor();
        }

        long start = System.nanoTime();
        LaunchScript.Result imported = rectify("import", sampleText.toString(), "--register", register.toString(),
                "--wait", "5");
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(2, records(register).size());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
    }

    @Test
    void aWriterAskedToEndRemovesItsTemporaryFileAndOneKilledLeavesItToTheNextSave() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("interrupted"));
        Path register = folder.resolve("saved.rectify");
        assertEquals(0, rectify("import", sampleText.toString(), "--register", register.toString()).exitCode());
        byte[] before = Files.readAllBytes(register);

        Process terminated = plainJava("write", register);
        assertEquals(1, hiddenTemporaryFiles(folder).size(), "a save is under way");
        terminated.destroy(); // TERM, as an interrupted terminal or a stopping service sends
        assertTrue(terminated.waitFor(30, TimeUnit.SECONDS));
        assertEquals(List.of(), hiddenTemporaryFiles(folder), "TERM removes the temporary file");

        Process killed = plainJava("write", register);
        killed.destroyForcibly().waitFor();
        assertEquals(1, hiddenTemporaryFiles(folder).size(), "KILL leaves it");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(register)), "the register is intact");

        assertEquals(0, rectify("import", sampleText.toString(), "--register", register.toString()).exitCode());
        assertEquals(List.of(), hiddenTemporaryFiles(folder), "the next save of the file removes it");
        assertEquals(2, records(register).size());
    }

    @Test
    void archivesAreNeverWrittenOntoAPipeOrADevice() throws Exception {
        String sample = Command.property("rectify.sample").toString();
        String record = records(Command.property("rectify.sample")).iterator().next();
        Path fifo = dir.resolve("pipe.pdf");
        run("mkfifo", fifo.toString());
        Path nullDevice = dir.resolve("null-device.pdf");
        Path fullDevice = dir.resolve("full-device.pdf");
        Path link = dir.resolve("link.pdf");
        run("mknod", nullDevice.toString(), "c", "1", "3");
        run("mknod", fullDevice.toString(), "c", "1", "7");
        Files.createSymbolicLink(link, fullDevice);

        for (Path out : List.of(fifo, nullDevice, fullDevice, link)) {
            LaunchScript.Result archive = rectify("-nl", "en", "archive", sample, "--record", record, "--out",
                    out.toString());
            assertEquals(64, archive.exitCode(), out + ": " + archive.err());
            assertTrue(archive.err().contains(out.toString()) && archive.err().contains("not a regular file"),
                    archive.err());
            assertTrue(archive.err().contains(out.equals(fifo) ? "named pipe (FIFO)" : "character device"),
                    archive.err());
            assertEquals("", archive.out());
        }

        assertEquals("other", type(fifo));
        assertEquals("other", type(nullDevice));
        assertEquals("other", type(fullDevice));
        assertEquals("link", type(link));
        LaunchScript.Result info = rectify("-nl", "en", "info", fifo.toString());
        assertEquals(2, info.exitCode());
        assertTrue(info.err().contains("named pipe (FIFO)") && !info.err().contains("folder"), info.err());
    }

    @Test
    void aTitleOf300CharactersGivesAnArchiveWhoseNameFits() throws Exception {
        String title = String.join("", Collections.nCopies(11, "关于进一步加强和改进新时代党的建设工作的整改落实情况报告")).substring(0, 300);
        Path register = dir.resolve("long-title.rectify");
        Files.writeString(register, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rectify:Register xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:rectify="urn:rectify:model:1.1" xmi:id="_r">
                  <records xsi:type="rectify:Meeting" xmi:id="_m1" title="%1$s" year="2025">
                    <review xmi:id="_v1" title="%1$s"/>
                  </records>
                  <records xsi:type="rectify:Meeting" xmi:id="_m2" title="%1$s" year="2025">
                    <review xmi:id="_v2" title="%1$s"/>
                  </records>
                </rectify:Register>
                """.formatted(title), StandardCharsets.UTF_8);
        Path out = Command.fresh(dir.resolve("long-titles"));

        LaunchScript.Result archive = rectify("archive", register.toString(), "--all", "--out", out.toString());

        assertEquals(0, archive.exitCode(), archive.err());
        List<String> names = archive.out().lines().map(line -> Path.of(line).getFileName().toString()).toList();
        assertEquals(2, names.size(), archive.out());
        assertEquals(2, new HashSet<>(names).size(), "unique: " + names);
        for (String name : names) {
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
            assertTrue(name.startsWith(title.substring(0, 60)) && name.endsWith(".pdf"), name);
            assertTrue(Files.isRegularFile(out.resolve(name)));
        }
    }

    @Test
    void aFileNamedLikeTheCommandInTheCurrentFolderChangesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("with-a-file-named-info"));
        Files.writeString(folder.resolve("info"), "a file that happens to be named like the command");
        Files.createDirectories(folder.resolve("validate"));
        String sample = Command.property("rectify.sample").toString();

        LaunchScript.Result info = LaunchScript.rectifyIn(folder, "info", sample);
        LaunchScript.Result validate = LaunchScript.rectifyIn(folder, "validate", sample);

        assertEquals(0, info.exitCode(), info.err());
        assertEquals(2, info.out().lines().count(), info.out());
        assertEquals(1, validate.exitCode(), validate.err());
        assertTrue(validate.out().startsWith("error\t"), validate.out());
    }

    @Test
    void documentsOfRepeatedParagraphsKeepEveryOne() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(sampleText, StandardCharsets.UTF_8));
        lines.add(1, lines.get(0));
        List<String> closing = List.of("同上。", "同上。", "中共XX省XX厅委员会", "同上。");
        lines.addAll(closing);
        Path document = Files.write(dir.resolve("repeated.txt"), lines, StandardCharsets.UTF_8);
        Path xs = Files.write(dir.resolve("x.txt"), Collections.nCopies(100_000, "x"), StandardCharsets.UTF_8);
        Path register = dir.resolve("repeated.rectify");

        assertEquals(0, rectify("import", document.toString(), "--register", register.toString()).exitCode());
        assertEquals(0, rectify("import", xs.toString(), "--register", register.toString()).exitCode());

        String xml = Files.readString(register, StandardCharsets.UTF_8);
        assertEquals(3, count(xml, ">同上。<"), "同上。 three times");
        assertEquals(2, count(xml, ">" + lines.get(0).strip() + "<"));
        assertEquals(100_000, count(xml, ">x<"));
    }

    @Test
    void messagesNameTheFileAndTheProblemInOneSentenceWithoutInternals() throws Exception {
        Path unpacked = Command.fresh(dir.resolve("doctype"));
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(
                sampleText.resolveSibling("democratic-life-meeting-2021.docx")))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                Path part = Files.createDirectories(unpacked.resolve(entry.getName()).getParent()).resolve(
                        unpacked.resolve(entry.getName()).getFileName());
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int declaration = xml.indexOf("?>") + 2;
                    bytes = (xml.substring(0, declaration) + "<!DOCTYPE w:document [<!ENTITY x \"y\">]>"
                            + xml.substring(declaration)).getBytes(StandardCharsets.UTF_8);
                }
                Files.write(part, bytes);
            }
        }
        Path docx = dir.resolve("doctype.docx");
        Files.deleteIfExists(docx);
        // Info-ZIP writes the extra fields of Unix files, which the reader must handle too
        Process zip = new ProcessBuilder("zip", "-q", "-r", docx.toString(), ".").directory(unpacked.toFile()).start();
        Assumptions.assumeTrue(zip.waitFor() == 0, "zip is installed");
        String longName = "名".repeat(30_000) + ".rectify";
        String escape = dir.resolve("a\u001b[31mb\nc.rectify").toString();

        LaunchScript.Result doctype = rectify("-nl", "en", "import", docx.toString(), "--register",
                dir.resolve("x.rectify").toString());
        LaunchScript.Result tooLong = rectify("-nl", "en", "info", longName);
        LaunchScript.Result controls = rectify("-nl", "en", "info", escape);

        assertEquals(2, doctype.exitCode(), doctype.err());
        assertTrue(doctype.err().startsWith("Cannot import " + docx) && doctype.err().contains("DOCTYPE"),
                doctype.err());
        assertEquals(1, doctype.err().lines().count(), doctype.err());
        assertEquals(2, tooLong.exitCode());
        assertTrue(tooLong.err().contains("the name is longer than the file system allows"), tooLong.err());
        assertTrue(tooLong.err().length() < 2_000, "the name is shortened: " + tooLong.err().length());
        assertEquals(2, controls.exitCode());
        assertTrue(controls.err().contains("a\\u001b[31mb\\nc.rectify") && !controls.err().contains("\u001b"),
                controls.err());
        for (LaunchScript.Result result : List.of(doctype, tooLong, controls)) {
            assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /**
     * Starts a Java process on the product's plain class path (the one the commands run on) that
     * takes the register's lock ({@code lock}) or writes the register slowly ({@code write}), and
     * waits until it says it holds the lock or has its temporary file.
     */
    private static Process plainJava(String what, Path register) throws Exception {
        Path configuration = Product.home().resolve("configuration");
        Path classPath;
        try (Stream<Path> caches = Files.list(configuration)) {
            classPath = caches.map(cache -> cache.resolve("classpath.args")).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new AssertionError("no plain class path in " + configuration));
        }
        Path source = Files.writeString(dir.resolve("Writer.java"), """
                import java.nio.file.Path;
                import java.time.Duration;
                import rectify.core.io.AtomicSave;
                import rectify.core.io.RegisterLock;

                public class Writer {
                    public static void main(String[] args) throws Exception {
                        Path file = Path.of(args[1]);
                        if (args[0].equals("lock")) {
                            try (RegisterLock lock = RegisterLock.acquire(file, Duration.ofSeconds(5))) {
                                System.out.println("ready");
                                Thread.sleep(600_000);
                            }
                        } else {
                            AtomicSave.replace(file, out -> {
                                out.write("<?xml version=\\"1.0\\"?>".getBytes());
                                out.flush();
                                System.out.println("ready");
                                try {
                                    Thread.sleep(600_000);
                                } catch (InterruptedException e) {
                                    throw new java.io.InterruptedIOException();
                                }
                            });
                        }
                    }
                }
                """);
        Process process = new ProcessBuilder(Command.java(), "@" + classPath, source.toString(), what,
                register.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine(), what + " did not start");
        return process;
    }
}
