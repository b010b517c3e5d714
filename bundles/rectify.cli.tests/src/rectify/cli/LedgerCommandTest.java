package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;

/** {@code rectify ledger} as a script calls it: the lines, their order, the filters and exit codes. */
class LedgerCommandTest {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    private Path file;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * A meeting with five measures: 1.1 overdue by 5 days (in progress), 1.2 due in 3 days
     * (planned), 1.3 due in 15 days (in progress), 1.4 due in 40 days, 1.5 overdue but done.
     */
    @BeforeEach
    void register() throws IOException {
        Register register = MODEL.createRegister();
        OrgUnit office = MODEL.createOrgUnit();
        office.setName("办公室");
        Person leader = MODEL.createPerson();
        leader.setName("张XX");
        register.getUnits().add(office);
        register.getPeople().add(leader);
        Meeting meeting = MODEL.createMeeting();
        meeting.setTitle("2025年度民主生活会");
        Review review = MODEL.createReview();
        Direction direction = MODEL.createDirection();
        direction.getMeasures().addAll(List.of(
                measure(1, "精简会议文件。", -5, MeasureStatus.IN_PROGRESS, office, leader),
                measure(2, "建立基层\t联系点制度。", 3, MeasureStatus.PLANNED, null, leader),
                measure(3, "推进数据共享。", 15, MeasureStatus.IN_PROGRESS, office, null),
                measure(4, "修订学习制度。", 40, MeasureStatus.PLANNED, office, leader),
                measure(5, "整治四风问题。", -30, MeasureStatus.DONE, office, leader)));
        review.getDirections().add(direction);
        meeting.setReview(review);
        register.getRecords().add(meeting);
        file = dir.resolve("台账.rectify");
        RegisterFiles.save(register, file);
    }

    private static Measure measure(int number, String headline, int daysLeft, MeasureStatus status, OrgUnit unit,
            Person leader) {
        Measure measure = MODEL.createMeasure();
        measure.setNumber(number);
        measure.setHeadline(headline);
        measure.setDeadline(TODAY.plusDays(daysLeft));
        measure.setStatus(status);
        measure.setResponsibleUnit(unit);
        measure.setResponsibleLeader(leader);
        return measure;
    }

    private int run(String... args) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new LedgerCommand(clock).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String[]> lines() {
        String text = out.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : text.lines().map(line -> line.split("\t", -1)).toList();
    }

    @Test
    void overdueFirstThenDueSoonAndExitOneWhenSomethingIsOverdue() throws IOException {
        assertEquals(Command.FOUND_ERRORS, run(file.toString()));
        List<String[]> lines = lines();
        assertEquals(List.of("1.1", "1.2", "1.3"), lines.stream().map(fields -> fields[4]).toList(),
                "the done measure is not overdue; 1.4 is beyond 20 days");
        String[] overdue = lines.get(0);
        assertEquals(10, overdue.length, Arrays.toString(overdue));
        assertEquals("overdue", overdue[0]);
        assertEquals("2026-05-27", overdue[1]);
        assertEquals("-5", overdue[2]);
        Measure first = RegisterFiles.load(file).getRecords().get(0).getReview().getDirections().get(0).getMeasures()
                .get(0);
        assertEquals(EcoreUtil.getURI(first).fragment(), overdue[3], "the measure's id");
        assertEquals("inProgress", overdue[5]);
        assertEquals(List.of("张XX", "办公室", "2025年度民主生活会", "精简会议文件。"), Arrays.asList(overdue).subList(6, 10));
        assertEquals("due", lines.get(1)[0]);
        assertEquals("3", lines.get(1)[2]);
        assertEquals("-", lines.get(1)[7], "no unit");
        assertEquals("建立基层 联系点制度。", lines.get(1)[9], "no tab inside a field");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dueWithinNarrowsOrWidensTheWindow() {
        run(file.toString(), "--due-within", "3");
        assertEquals(List.of("1.1", "1.2"), lines().stream().map(fields -> fields[4]).toList());
        out.reset();
        run(file.toString(), "--due-within", "40");
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), lines().stream().map(fields -> fields[4]).toList());
    }

    @Test
    void statusKeepsOnlyThoseMeasuresAndTheExitCodeFollows() {
        assertEquals(Command.OK, run(file.toString(), "--status", "planned"));
        assertEquals(List.of("1.2"), lines().stream().map(fields -> fields[4]).toList());
        out.reset();
        assertEquals(Command.FOUND_ERRORS, run(file.toString(), "--status", "planned,inProgress", "--due-within", "0"));
        assertEquals(List.of("1.1"), lines().stream().map(fields -> fields[4]).toList());
        out.reset();
        assertEquals(Command.OK, run(file.toString(), "--status", "done", "--status", "closed"));
        assertEquals(List.of(), lines(), "done and closed measures are never late");
    }

    @Test
    void wrongCommandLinesSayWhatIsWrong() {
        assertEquals(Command.USAGE, run(file.toString(), "--due-within", "soon"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("soon"));
        assertEquals(Command.USAGE, run(file.toString(), "--due-within", "-1"));
        assertEquals(Command.USAGE, run(file.toString(), "--status", "finished"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("finished"));
        assertEquals(Command.USAGE, run(file.toString(), "--status"));
        assertEquals(Command.USAGE, run());
        assertEquals(Command.USAGE, run(file.toString(), "--verbose"));
        assertEquals(Command.USAGE, run(file.toString(), "other.rectify"));
        assertEquals(List.of(), lines());
    }

    @Test
    void anUnreadableRegisterExitsTwoNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("坏.rectify"), "<not a register");
        assertEquals(Command.UNREADABLE, run(broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(broken.toString()),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLineKnowsTheLedgerCommand() {
        int code = CommandLine.run(List.of("help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Command.OK, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("rectify ledger <register> [--due-within DAYS]"));
    }
}
