package rectify.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import rectify.core.io.RegisterFiles;
import rectify.model.Aspect;
import rectify.model.Direction;
import rectify.model.Inspection;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.Record;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.Severity;
import rectify.model.Verification;
import rectify.model.VerificationResult;
import rectify.model.edit.RectifyEditAdapterFactory;
import rectify.model.urgency.WarningThresholds;
import rectify.samples.Samples;

/**
 * A register with two records and seven measures in every state, saved to a file and open in an
 * editing domain with one command stack, as the workbench has it. Judged on {@link #TODAY}:
 * <pre>
 * 2025年度民主生活会 (meeting, 2026-01-22)
 *   1.1 m1  张 办公室   today+30  in progress  green   (two progress entries)
 *   1.2 m2  李 机关党委 today+15  planned      yellow
 *   2.1 m3  张 办公室   today-5   in progress  red
 *   2.2 m4  王 信息中心 today+5   done         off     (one progress entry)
 *   2.3 m5  张 机关党委 -         closed       off     (verified 2026-03-10)
 * 2024年巡察反馈问题整改 (inspection, 2024-11-01)
 *   1.1 m6  李 -        today+60  planned      green
 *   1.2 m7  王 信息中心 -         closed       off     (verified 2025-02-10)
 * </pre>
 */
public final class LedgerFixture {

    /** The day deadlines are judged on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final RectifyFactory F = RectifyFactory.eINSTANCE;

    public final Register register = F.createRegister();
    public final OrgUnit office = unit("办公室");
    public final OrgUnit party = unit("机关党委");
    public final OrgUnit centre = unit("信息中心");
    public final Person zhang = person("张XX", "党委书记、厅长");
    public final Person li = person("李XX", "党委副书记");
    public final Person wang = person("王XX", "党委委员、副厅长");
    public final Person chen = person("陈XX", "驻厅纪检监察组组长");
    public final Meeting meeting = F.createMeeting();
    public final Inspection inspection = F.createInspection();
    public final Problem p1 = problem(1, "理论学习与业务工作结合不够紧密。", Severity.NORMAL);
    public final Problem p2 = problem(2, "运用理论指导实践的能力有待提高。", Severity.SERIOUS);
    public final Problem p3 = problem(1, "精文简会落实不到位。", Severity.SERIOUS);
    public final Problem p4 = problem(1, "基层重复填报问题突出。", Severity.SEVERE);
    public final Measure m1 = measure(1, "健全理论学习制度。", office, zhang, TODAY.plusDays(30), MeasureStatus.IN_PROGRESS, p1);
    public final Measure m2 = measure(2, "开展学用结合专题研讨。", party, li, TODAY.plusDays(15), MeasureStatus.PLANNED, p1, p2);
    public final Measure m3 = measure(1, "精简会议文件。", office, zhang, TODAY.minusDays(5), MeasureStatus.IN_PROGRESS, p3);
    public final Measure m4 = measure(2, "建立基层联系点制度。", centre, wang, TODAY.plusDays(5), MeasureStatus.DONE, p3);
    public final Measure m5 = measure(3, "修订中心组学习制度。", party, zhang, null, MeasureStatus.CLOSED, p2);
    public final Measure m6 = measure(1, "梳理基层重复填报事项。", null, li, TODAY.plusDays(60), MeasureStatus.PLANNED, p4);
    public final Measure m7 = measure(2, "打通业务平台数据接口。", centre, wang, null, MeasureStatus.CLOSED, p4);

    private AdapterFactoryEditingDomain domain;
    private Resource resource;

    /** Builds the register in memory. */
    public LedgerFixture() {
        register.setOrganizationName("中共XX省XX厅委员会");
        meeting.setTitle("2025年度民主生活会");
        meeting.setYear(2025);
        meeting.setDate(LocalDate.of(2026, 1, 22));
        meeting.setReview(review(List.of(aspect("政治能力", p1, p2), aspect("作风建设", p3)),
                List.of(direction(m1, m2), direction(m3, m4, m5))));
        inspection.setTitle("2024年巡察反馈问题整改");
        inspection.setYear(2024);
        inspection.setDate(LocalDate.of(2024, 11, 1));
        inspection.setReview(review(List.of(aspect("基层减负", p4)), List.of(direction(m6, m7))));
        register.getRecords().addAll(List.of(meeting, inspection));
        progress(m1, TODAY.minusDays(40), "起草制度修订稿。");
        progress(m1, TODAY.minusDays(10), "征求班子成员意见。");
        progress(m4, TODAY.minusDays(3), "印发联系点工作安排。");
        progress(m5, LocalDate.of(2026, 3, 1), "制度已印发执行。");
        m5.setVerification(verification(LocalDate.of(2026, 3, 10)));
        m7.setVerification(verification(LocalDate.of(2025, 2, 10)));
    }

    /**
     * Saves the register to {@code 台账.rectify} in a folder and opens it in an editing domain.
     *
     * @return this fixture
     */
    public LedgerFixture savedIn(Path folder) {
        domain = new AdapterFactoryEditingDomain(new RectifyEditAdapterFactory(), new BasicCommandStack());
        resource = RegisterFiles.create(domain.getResourceSet(), folder.resolve("台账.rectify"));
        resource.getContents().add(register);
        try {
            RegisterFiles.save(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** @return the editing domain, after {@link #savedIn} */
    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** @return the folder of the register file, after {@link #savedIn} */
    public Path folder() {
        return Path.of(resource.getURI().toFileString()).getParent();
    }

    /** Executes a command on the command stack, failing when it cannot be executed. */
    public void execute(Command command) {
        if (!command.canExecute()) {
            throw new AssertionError("cannot execute " + command.getLabel());
        }
        domain.getCommandStack().execute(command);
    }

    /** @return the rows of the register judged on {@link #TODAY} with the default thresholds */
    public List<LedgerRow> rows() {
        return Ledger.rows(register, TODAY, WarningThresholds.DEFAULT);
    }

    /** @return the row of a measure, judged on {@link #TODAY} */
    public LedgerRow row(Measure measure) {
        return rows().stream().filter(row -> row.measure() == measure).findFirst().orElseThrow();
    }

    /** @return the sample register of rectify.samples, copied into a folder and loaded */
    public static Register sampleRegister(Path folder) throws IOException {
        return RegisterFiles.load(Samples.copySampleRegister(folder.resolve("sample-register.rectify")));
    }

    private OrgUnit unit(String name) {
        OrgUnit unit = F.createOrgUnit();
        unit.setName(name);
        register.getUnits().add(unit);
        return unit;
    }

    private Person person(String name, String position) {
        Person person = F.createPerson();
        person.setName(name);
        person.setPosition(position);
        register.getPeople().add(person);
        return person;
    }

    private static Problem problem(int number, String headline, Severity severity) {
        Problem problem = F.createProblem();
        problem.setNumber(number);
        problem.setHeadline(headline);
        problem.setSeverity(severity);
        return problem;
    }

    private static Measure measure(int number, String headline, OrgUnit unit, Person leader, LocalDate deadline,
            MeasureStatus status, Problem... problems) {
        Measure measure = F.createMeasure();
        measure.setNumber(number);
        measure.setHeadline(headline);
        measure.setText(headline + "具体内容。");
        measure.setResponsibleUnit(unit);
        measure.setResponsibleLeader(leader);
        measure.setDeadline(deadline);
        measure.setStatus(status);
        measure.getProblems().addAll(List.of(problems));
        return measure;
    }

    private static Aspect aspect(String shortName, Problem... problems) {
        Aspect aspect = F.createAspect();
        aspect.setShortName(shortName);
        aspect.getProblems().addAll(List.of(problems));
        return aspect;
    }

    private static Direction direction(Measure... measures) {
        Direction direction = F.createDirection();
        direction.getMeasures().addAll(List.of(measures));
        return direction;
    }

    private static Review review(List<Aspect> aspects, List<Direction> directions) {
        Review review = F.createReview();
        review.getAspects().addAll(aspects);
        review.getDirections().addAll(directions);
        return review;
    }

    private ProgressEntry progress(Measure measure, LocalDate date, String text) {
        ProgressEntry entry = F.createProgressEntry();
        entry.setDate(date);
        entry.setAuthor(zhang);
        entry.setText(text);
        measure.getProgress().add(entry);
        return entry;
    }

    private Verification verification(LocalDate date) {
        Verification verification = F.createVerification();
        verification.setDate(date);
        verification.setVerifier(chen);
        verification.setResult(VerificationResult.EFFECTIVE);
        verification.setRemarks("同意销号。");
        return verification;
    }

    /** @return the record of a measure */
    public static Record recordOf(Measure measure) {
        return (Record) measure.eContainer().eContainer().eContainer();
    }
}
