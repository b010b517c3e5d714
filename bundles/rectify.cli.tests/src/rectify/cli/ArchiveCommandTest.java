package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Aspect;
import rectify.model.Meeting;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;

/** {@code rectify archive} as a script calls it: files written, output lines and exit codes. */
class ArchiveCommandTest {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    @TempDir
    Path dir;

    private Path register;
    private List<String> ids;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A register of two meetings with a problem each, saved and read back for their ids. */
    @BeforeEach
    void register() throws IOException {
        Register created = MODEL.createRegister();
        created.setOrganizationName("中共XX省XX厅委员会");
        created.setFondsCode("X001");
        for (String title : List.of("2024年度民主生活会", "2025年度民主生活会")) {
            Meeting meeting = MODEL.createMeeting();
            meeting.setTitle(title);
            Review review = MODEL.createReview();
            review.setTitle(title + "对照检查材料");
            review.getPreamble().add("按照要求，班子认真查摆问题。");
            Aspect aspect = MODEL.createAspect();
            aspect.setLabel("（一）");
            aspect.setTitle("在理论学习方面");
            Problem problem = MODEL.createProblem();
            problem.setNumber(1);
            problem.setHeadline("学习不够深入。");
            aspect.getProblems().add(problem);
            review.getAspects().add(aspect);
            meeting.setReview(review);
            created.getRecords().add(meeting);
        }
        register = dir.resolve("register.rectify");
        RegisterFiles.save(created, register);
        ids = RegisterFiles.load(register).getRecords().stream().map(r -> EcoreUtil.getURI(r).fragment()).toList();
    }

    private int run(String... args) {
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("%PDF-");
        }
    }

    @Test
    void oneRecordByItsIdGoesToTheFileNamed() throws IOException {
        Path file = dir.resolve("one.pdf");

        assertEquals(Command.OK, run("archive", register.toString(), "--record", ids.get(1), "--out", file.toString()),
                err());

        assertEquals(List.of(file.toString()), outLines());
        assertTrue(isPdf(file));
        assertFalse(err().contains("[1/"), "no progress lines for one record: " + err());
    }

    @Test
    void allRecordsGoIntoAFolderWithProgressOnStandardError() throws IOException {
        Path folder = dir.resolve("archives");

        assertEquals(Command.OK,
                run("archive", register.toString(), "--all", "--out", folder.toString(), "--pdfa", "3b"),
                err());

        List<String> written = outLines();
        assertEquals(2, written.size(), written.toString());
        for (String file : written) {
            assertTrue(isPdf(Path.of(file)), file);
            assertTrue(Path.of(file).startsWith(folder), file);
        }
        assertTrue(err().contains("[1/2] " + ids.get(0)) && err().contains("[2/2] " + ids.get(1)), err());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.count(), "nothing else in the folder");
        }
    }

    /** OFD is a zip package whose root file OFD.xml names the document; the archive's test reads it whole. */
    @Test
    void allRecordsAsOfdGoIntoAFolderNamedDotOfd() throws IOException {
        Path folder = dir.resolve("ofd");

        assertEquals(Command.OK,
                run("archive", register.toString(), "--all", "--format", "ofd", "--out", folder.toString()),
                err());

        List<String> written = outLines();
        assertEquals(2, written.size(), written.toString());
        for (String file : written) {
            assertTrue(file.endsWith(".ofd"), file);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file)) {
                assertTrue(zip.getEntry("OFD.xml") != null, "an OFD package: " + file);
            }
        }
    }

    @Test
    void aWrongCommandLineExitsWithUsage() {
        assertEquals(Command.USAGE,
                run("archive", register.toString(), "--all", "--out", dir.toString(), "--format", "docx"));
        assertTrue(err().contains("docx"), err());
        assertEquals(Command.USAGE, run("archive", register.toString(), "--all"));
        assertTrue(err().contains("--out"), err());
        assertEquals(Command.USAGE,
                run("archive", register.toString(), "--all", "--out", dir.toString(), "--pdfa", "1b"));
        assertEquals(Command.USAGE, run("archive", register.toString(), "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("--record"), "two records need --record or --all: " + err());
        assertEquals(Command.USAGE,
                run("archive", register.toString(), "--record", "_nope", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("_nope"), err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void anUnreadableRegisterExitsTwo() {
        assertEquals(Command.UNREADABLE, run("archive", dir.resolve("missing.rectify").toString(), "--all", "--out",
                dir.resolve("out").toString()));
        assertTrue(err().contains("missing.rectify"), err());
    }

    @Test
    void anArchiveThatCannotBeWrittenExitsOneAndNamesTheFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Path file = blocker.resolve("one.pdf");

        assertEquals(Command.FOUND_ERRORS,
                run("archive", register.toString(), "--record", ids.get(0), "--out", file.toString()));

        assertTrue(err().contains(file.toString()), err());
        assertEquals(List.of(), outLines());
    }

    @Test
    void aNamedPipeOrAFolderOfAnotherKindAsOutIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path fifo = dir.resolve("out.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is here");

        assertEquals(Command.USAGE,
                run("archive", register.toString(), "--record", ids.get(0), "--out", fifo.toString()), err());
        assertTrue(err().contains(fifo.toString()) && err().contains(rectify.core.io.FileKind.FIFO.describe()), err());
        assertEquals(Command.USAGE, run("archive", register.toString(), "--all", "--out", fifo.toString()), err());

        assertEquals(rectify.core.io.FileKind.FIFO, rectify.core.io.FileKind.of(fifo));
        assertEquals(List.of(), outLines());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("out.pdf", "register.rectify"), files.map(f -> f.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList());
        }
    }

    @Test
    void aTitleOf300ChineseCharactersGivesAFileNameThatFits() throws IOException {
        Register loaded = RegisterFiles.load(register);
        String title = "关于进一步加强和改进新时代党的建设工作的整改落实情况报告".repeat(11).substring(0, 300);
        loaded.getRecords().get(0).setTitle(title);
        loaded.getRecords().get(1).setTitle(title);
        RegisterFiles.save(loaded, register);
        Path folder = dir.resolve("archives");

        assertEquals(Command.OK, run("archive", register.toString(), "--all", "--out", folder.toString()), err());

        List<String> names = outLines().stream().map(line -> Path.of(line).getFileName().toString()).toList();
        assertEquals(2, names.size(), names.toString());
        for (String name : names) {
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
            assertTrue(name.startsWith("关于进一步加强") && name.endsWith(".pdf"), name);
        }
        assertFalse(names.get(0).equals(names.get(1)), "the names are unique: " + names);
    }
}
