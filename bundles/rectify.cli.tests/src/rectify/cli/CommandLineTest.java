package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Inspection;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.Problem;
import rectify.model.RecordStatus;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.Solicitation;

/** The headless commands as a script calls them: output lines and exit codes. */
class CommandLineTest {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void infoPrintsOneLineOfCountsPerRecord() throws IOException {
        Register register = MODEL.createRegister();
        Meeting meeting = MODEL.createMeeting();
        meeting.setTitle("2021年度 民主生活会");
        Review review = MODEL.createReview();
        meeting.setReview(review);
        for (int a = 0; a < 2; a++) {
            Aspect aspect = MODEL.createAspect();
            review.getAspects().add(aspect);
            for (int p = 0; p <= a; p++) {
                aspect.getProblems().add(MODEL.createProblem());
            }
        }
        review.getCauses().add(MODEL.createCause());
        Direction direction = MODEL.createDirection();
        direction.getMeasures().add(MODEL.createMeasure());
        review.getDirections().add(direction);
        Solicitation solicitation = MODEL.createSolicitation();
        solicitation.setReportedCount(88);
        meeting.getSolicitations().add(solicitation);
        meeting.getTalks().add(MODEL.createTalk());
        Inspection inspection = MODEL.createInspection();
        inspection.setTitle("巡察整改");
        register.getRecords().addAll(List.of(meeting, inspection));
        Path file = dir.resolve("register.rectify");
        RegisterFiles.save(register, file);

        assertEquals(Command.OK, run("info", file.toString()), err());

        List<String> lines = out().lines().toList();
        assertEquals(2, lines.size(), out());
        assertTrue(lines.get(0).matches("record=\\S+ kind=meeting title=\"2021年度 民主生活会\" aspects=2 problems=3 causes=1"
                + " directions=1 measures=1 opinions=88 talks=1"), lines.get(0));
        assertTrue(lines.get(1).matches("record=\\S+ kind=inspection title=巡察整改 aspects=0 problems=0 causes=0"
                + " directions=0 measures=0 opinions=0 talks=0"), lines.get(1));
    }

    @Test
    void validateExitsZeroForAClosedLoopAndOneWhenAProblemLacksItsCause() throws IOException {
        Register register = MODEL.createRegister();
        Meeting meeting = MODEL.createMeeting();
        meeting.setTitle("民主生活会");
        meeting.setStatus(RecordStatus.HELD);
        Review review = MODEL.createReview();
        meeting.setReview(review);
        Aspect aspect = MODEL.createAspect();
        Problem problem = MODEL.createProblem();
        problem.setNumber(1);
        problem.setHeadline("学习不够深入。");
        aspect.getProblems().add(problem);
        review.getAspects().add(aspect);
        Cause cause = MODEL.createCause();
        cause.setNumber(1);
        cause.setHeadline("理论学习抓得不紧。");
        review.getCauses().add(cause);
        Direction direction = MODEL.createDirection();
        Measure measure = MODEL.createMeasure();
        measure.setNumber(1);
        measure.setHeadline("制定学习计划。");
        measure.setResponsibleUnit(MODEL.createOrgUnit());
        register.getUnits().add(measure.getResponsibleUnit());
        measure.setDeadline(LocalDate.now().plusYears(1));
        direction.getMeasures().add(measure);
        review.getDirections().add(direction);
        problem.getCauses().add(cause);
        problem.getMeasures().add(measure);
        cause.getMeasures().add(measure);
        register.getRecords().add(meeting);
        Path file = dir.resolve("loop.rectify");
        RegisterFiles.save(register, file);

        assertEquals(Command.OK, run("validate", file.toString()), out());

        problem.getCauses().clear();
        RegisterFiles.save(register, file);
        out.reset();
        assertEquals(Command.FOUND_ERRORS, run("validate", file.toString()), out());
        String line = out().lines().filter(l -> l.startsWith("error\t")).findFirst().orElse("");
        String[] fields = line.split("\t");
        assertEquals(4, fields.length, line);
        assertTrue(fields[3].contains("学习不够深入。"), "the message names the problem: " + line);
    }

    @Test
    void anUnreadableFileExitsTwoWithAMessageNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.rectify"), "<?xml version=\"1.0\"?><xmi:XMI");

        assertEquals(Command.UNREADABLE, run("validate", file.toString()));
        assertTrue(err().contains("broken.rectify"), err());
        assertEquals(Command.UNREADABLE, run("info", dir.resolve("missing.rectify").toString()));
    }

    @Test
    void anUnknownCommandShowsTheUsage() {
        assertEquals(Command.USAGE, run("frobnicate"));
        assertTrue(err().contains("frobnicate") && err().contains("rectify info <register>"), err());
        assertEquals(Command.USAGE, run("info"));
        assertEquals(Command.OK, run("help"));
        assertTrue(out().contains("rectify validate <register>"), out());
    }

    @Test
    void everyCommandHasAClassPathOfItsOwn() {
        assertEquals(Command.OK, run("help"));
        List<String> commands = out().lines().filter(line -> line.startsWith("  rectify "))
                .map(line -> line.split(" ")[3]).sorted().toList();

        assertEquals(commands, PlainClassPath.COMMANDS.stream().sorted().toList());
        for (PlainClassPath.Part part : PlainClassPath.PARTS) {
            assertTrue(PlainClassPath.BUNDLES.containsAll(part.bundles()), part.toString());
            assertTrue(PlainClassPath.COMMANDS.containsAll(part.commands()), part.toString());
        }
    }

    @Test
    void aFailureNoCommandExpectedIsOneSentenceAndItsTraceGoesToTheLog() throws IOException {
        Path log = dir.resolve("errors.log");
        String before = System.getProperty(Main.LOG);
        System.setProperty(Main.LOG, log.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int code = Main.unexpected(new IllegalStateException("inside"),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(Command.SOFTWARE, code);
        } finally {
            if (before == null) {
                System.clearProperty(Main.LOG);
            } else {
                System.setProperty(Main.LOG, before);
            }
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.contains(log.toString()) && !said.contains("IllegalStateException"), said);
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("java.lang.IllegalStateException: inside") && logged.contains("\tat "), logged);
    }
}
