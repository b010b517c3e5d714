package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

    private final Console console = new Console();

    private static String sample(String extension) {
        return SampleDocuments.sample(extension).toString();
    }

    @Test
    void importsIntoANewRegisterAndPrintsTheInfoLine() throws IOException {
        Path register = dir.resolve("new.rectify");
        assertEquals(Command.OK, console.run("import", sample("txt"), "--register", register.toString()),
                console.err());
        List<String> lines = console.out().lines().toList();
        assertEquals(1, lines.size(), console.out());
        assertTrue(lines.get(0).matches(INFO), lines.get(0));
        assertTrue(console.err().contains("democratic-life-meeting-2021.txt") && console.err().contains("new.rectify"),
                console.err());
        String imported = lines.get(0);

        assertEquals(Command.OK, console.run("info", register.toString()), console.err());
        assertEquals(imported, console.out().strip(), "rectify info prints the same line");
    }

    @Test
    void importsAWord97DocumentAndAPdf() {
        Path register = dir.resolve("formats.rectify");
        for (String format : List.of("doc", "pdf")) {
            assertEquals(Command.OK, console.run("import", sample(format), "--register", register.toString()),
                    console.err());
            assertTrue(console.out().strip().matches(INFO), console.out());
        }
    }

    @Test
    void importsAWordDocumentIntoARegisterWithATemplate() throws IOException {
        Path register = dir.resolve("sample.rectify");
        Register sample = sampleRegister(register);
        ReviewTemplate template = sample.getTemplates().get(0);
        String id = template.eResource().getURIFragment(template);
        assertEquals(Command.OK,
                console.run("import", sample("docx"), "--register", register.toString(), "--template", id),
                console.err());
        assertTrue(console.out().strip().matches(INFO), console.out());
        assertTrue(console.err().contains(template.getName()), console.err());
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

        assertEquals(Command.UNREADABLE, console.run("import", document.toString(), "--register", register.toString()));
        assertTrue(console.err().contains("garbage.docx"), console.err());
        assertEquals("", console.out());
        assertArrayEquals(before, Files.readAllBytes(register));

        assertEquals(Command.USAGE,
                console.run("import", sample("txt"), "--register", register.toString(), "--template", "none such"));
        assertTrue(console.err().contains("none such"), console.err());
        assertArrayEquals(before, Files.readAllBytes(register));
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        Path register = dir.resolve("r.rectify");
        assertEquals(Command.USAGE, console.run("import", sample("txt")));
        assertTrue(console.err().contains("--register") && console.err().contains("rectify import <file>"),
                console.err());
        assertEquals(Command.USAGE, console.run("import", "--register", register.toString()));
        assertEquals(Command.USAGE,
                console.run("import", sample("txt"), sample("docx"), "--register", register.toString()));
        assertEquals(Command.USAGE, console.run("import", sample("txt"), "--register", register.toString(), "--force"));
        assertEquals(Command.USAGE, console.run("import", sample("txt"), "--register"));
        assertFalse(Files.exists(register));
        assertEquals(Command.OK, console.run("help"));
        assertTrue(console.out().contains("rectify import <file> --register <register> [--template <id>]"),
                console.out());
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
            assertEquals(Command.LOCKED,
                    console.run("import", sample("txt"), "--register", register.toString(), "--wait", "1"),
                    console.err());
        } finally {
            done.countDown();
            writer.join();
        }

        assertTrue(console.err().contains(register.toString()) && console.err().contains(" 1 "), console.err());
        assertEquals("", console.out());
        assertArrayEquals(before, Files.readAllBytes(register));
        assertEquals(Command.USAGE,
                console.run("import", sample("txt"), "--register", register.toString(), "--wait", "soon"));
        assertTrue(console.err().contains("--wait") && console.err().contains("soon"), console.err());
    }

    @Test
    void namesWithControlCharactersAreEscapedInMessages() {
        Path missing = dir.resolve("a\u001b[2Jb\nc.txt");

        assertEquals(Command.UNREADABLE,
                console.run("import", missing.toString(), "--register", dir.resolve("x.rectify").toString()));

        assertFalse(console.err().contains("\u001b") || console.err().contains("b\nc"), console.err());
        assertTrue(console.err().contains("a\\u001b[2Jb\\nc.txt"), console.err());
        assertEquals(Command.USAGE, console.run("info", "nul\u0000name.rectify"));
        assertTrue(console.err().contains("nul\\u0000name.rectify"), console.err());
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
