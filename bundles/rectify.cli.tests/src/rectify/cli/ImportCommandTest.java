package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.core.io.RegisterLock;
import rectify.model.Meeting;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.RequiredAspect;
import rectify.model.ReviewTemplate;
import rectify.testing.SampleDocuments;

/** {@code rectify import} as a script calls it: the report, the new record's line, exit codes. */
class ImportCommandTest {

    /** The info line of the sample document's record. */
    private static final String INFO = "record=\\S+ kind=meeting title=2021年度党员领导干部民主生活会 aspects=5 problems=15 causes=5"
            + " directions=4 measures=12 opinions=88 talks=1";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String sample(String extension) {
        return SampleDocuments.sample(extension).toString();
    }

    @Test
    void importsIntoANewRegisterAndPrintsTheInfoLine() throws IOException {
        Path register = dir.resolve("new.rectify");
        assertEquals(Command.OK, run("import", sample("txt"), "--register", register.toString()), err());
        List<String> lines = out().lines().toList();
        assertEquals(1, lines.size(), out());
        assertTrue(lines.get(0).matches(INFO), lines.get(0));
        assertTrue(err().contains("democratic-life-meeting-2021.txt") && err().contains("new.rectify"), err());
        String imported = lines.get(0);

        assertEquals(Command.OK, run("info", register.toString()), err());
        assertEquals(imported, out().strip(), "rectify info prints the same line");
    }

    @Test
    void importsAWord97DocumentAndAPdf() {
        Path register = dir.resolve("formats.rectify");
        for (String format : List.of("doc", "pdf")) {
            assertEquals(Command.OK, run("import", sample(format), "--register", register.toString()), err());
            assertTrue(out().strip().matches(INFO), out());
        }
    }

    @Test
    void importsAWordDocumentIntoARegisterWithATemplate() throws IOException {
        Path register = dir.resolve("sample.rectify");
        Register sample = sampleRegister(register);
        ReviewTemplate template = sample.getTemplates().get(0);
        String id = template.eResource().getURIFragment(template);
        assertEquals(Command.OK, run("import", sample("docx"), "--register", register.toString(), "--template", id),
                err());
        assertTrue(out().strip().matches(INFO), out());
        assertTrue(err().contains(template.getName()), err());
        Register saved = RegisterFiles.load(register);
        assertEquals(sample.getRecords().size() + 1, saved.getRecords().size());
        assertEquals(template.getName(),
                saved.getRecords().get(saved.getRecords().size() - 1).getReview().getTemplate().getName());
    }

    @Test
    void aDocumentThatCannotBeImportedLeavesTheRegisterAsItWas() throws IOException {
        Path register = dir.resolve("sample.rectify");
        sampleRegister(register);
        byte[] before = Files.readAllBytes(register);
        byte[] garbage = new byte[1 << 16];
        new Random(1).nextBytes(garbage);
        Path document = Files.write(dir.resolve("garbage.docx"), garbage);

        assertEquals(Command.UNREADABLE, run("import", document.toString(), "--register", register.toString()));
        assertTrue(err().contains("garbage.docx"), err());
        assertEquals("", out());
        assertArrayEquals(before, Files.readAllBytes(register));

        assertEquals(Command.USAGE,
                run("import", sample("txt"), "--register", register.toString(), "--template", "none such"));
        assertTrue(err().contains("none such"), err());
        assertArrayEquals(before, Files.readAllBytes(register));
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        Path register = dir.resolve("r.rectify");
        assertEquals(Command.USAGE, run("import", sample("txt")));
        assertTrue(err().contains("--register") && err().contains("rectify import <file>"), err());
        assertEquals(Command.USAGE, run("import", "--register", register.toString()));
        assertEquals(Command.USAGE, run("import", sample("txt"), sample("docx"), "--register", register.toString()));
        assertEquals(Command.USAGE, run("import", sample("txt"), "--register", register.toString(), "--force"));
        assertEquals(Command.USAGE, run("import", sample("txt"), "--register"));
        assertFalse(Files.exists(register));
        assertEquals(Command.OK, run("help"));
        assertTrue(out().contains("rectify import <file> --register <register> [--template <id>]"), out());
    }

    @Test
    void aRegisterAnotherWriterKeepsLockedIsLeftAsItWasWithExitCode75() throws Exception {
        Path register = dir.resolve("locked.rectify");
        sampleRegister(register);
        byte[] before = Files.readAllBytes(register);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread writer = Thread.ofPlatform().start(() -> {
            try (RegisterLock lock = RegisterLock.acquire(register, Duration.ofSeconds(5))) {
                held.countDown();
                done.await(60, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS));
        try {
            assertEquals(Command.LOCKED, run("import", sample("txt"), "--register", register.toString(), "--wait", "1"),
                    err());
        } finally {
            done.countDown();
            writer.join();
        }

        assertTrue(err().contains(register.toString()) && err().contains(" 1 "), err());
        assertEquals("", out());
        assertArrayEquals(before, Files.readAllBytes(register));
        assertEquals(Command.USAGE, run("import", sample("txt"), "--register", register.toString(), "--wait", "soon"));
        assertTrue(err().contains("--wait") && err().contains("soon"), err());
    }

    @Test
    void namesWithControlCharactersAreEscapedInMessages() {
        Path missing = dir.resolve("a\u001b[2Jb\nc.txt");

        assertEquals(Command.UNREADABLE,
                run("import", missing.toString(), "--register", dir.resolve("x.rectify").toString()));

        assertFalse(err().contains("\u001b") || err().contains("b\nc"), err());
        assertTrue(err().contains("a\\u001b[2Jb\\nc.txt"), err());
        assertEquals(Command.USAGE, run("info", "nul\u0000name.rectify"));
        assertTrue(err().contains("nul\\u0000name.rectify"), err());
    }

    /** Writes a register with a record and a review template of two required aspects, and reads it back. */
    private static Register sampleRegister(Path file) throws IOException {
        RectifyFactory model = RectifyFactory.eINSTANCE;
        Register register = model.createRegister();
        ReviewTemplate template = model.createReviewTemplate();
        template.setName("2021年度民主生活会");
        for (String title : List.of("政治能力方面", "担当作为方面")) {
            RequiredAspect aspect = model.createRequiredAspect();
            aspect.setTitle(title);
            template.getAspects().add(aspect);
        }
        register.getTemplates().add(template);
        Meeting earlier = model.createMeeting();
        earlier.setTitle("2020年度民主生活会");
        register.getRecords().add(earlier);
        RegisterFiles.save(register, file);
        return RegisterFiles.load(file);
    }
}
