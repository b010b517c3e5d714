package rectify.ledger.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import rectify.model.Aspect;
import rectify.model.DeadlineChange;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.Verification;
import rectify.model.VerificationResult;

/**
 * A register of many measures for the ledger benchmark, the same for the same arguments: records
 * over ten years, each with an aspect of problems and directions of measures; every measure remedies
 * a problem or two, has a leader, a unit (but one in fifty), a deadline around the day judged on,
 * a status, progress entries, and a verification when closed.
 */
final class SyntheticLedger {

    private static final RectifyFactory F = RectifyFactory.eINSTANCE;
    private static final String[] UNITS = { "办公室", "机关党委", "人事处", "政策法规处", "科技和信息化处", "财务处", "规划处", "监督检查处",
            "应急指挥中心", "信息中心", "干部培训中心", "宣传教育处" };
    private static final String[] SURNAMES = { "张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙" };
    private static final String[] VERBS = { "健全", "完善", "落实", "推进", "开展", "加强", "规范", "压实", "深化", "建立" };
    private static final String[] OBJECTS = { "理论学习制度", "基层联系点制度", "数据共享机制", "会议文件精简措施", "党支部组织生活",
            "主体责任清单", "专题调研", "干部教育培训", "意识形态工作责任制", "作风建设长效机制" };

    private SyntheticLedger() {
    }

    /**
     * @param records how many records
     * @param measuresPerRecord how many measures each has (in directions of ten)
     * @param day the day the deadlines are spread around
     * @return the register
     */
    static Register generate(int records, int measuresPerRecord, LocalDate day) {
        Random random = new Random(20261126L);
        Register register = F.createRegister();
        register.setOrganizationName("中共XX省XX厅委员会");
        List<OrgUnit> units = new ArrayList<>();
        for (String name : UNITS) {
            OrgUnit unit = F.createOrgUnit();
            unit.setName(name);
            units.add(unit);
        }
        register.getUnits().addAll(units);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Person person = F.createPerson();
            person.setName(SURNAMES[i % SURNAMES.length] + (char) ('甲' + i / SURNAMES.length));
            person.setPosition("党委委员");
            people.add(person);
        }
        register.getPeople().addAll(people);
        for (int r = 0; r < records; r++) {
            register.getRecords().add(record(r, measuresPerRecord, day, units, people, random));
        }
        return register;
    }

    private static Meeting record(int r, int measures, LocalDate day, List<OrgUnit> units, List<Person> people,
            Random random) {
        Meeting meeting = F.createMeeting();
        int year = day.getYear() - 1 - r % 10;
        meeting.setTitle(year + "年度民主生活会（" + (r + 1) + "）");
        meeting.setYear(year);
        meeting.setDate(LocalDate.of(year + 1, 1, 10 + r % 18));
        Review review = F.createReview();
        meeting.setReview(review);
        Aspect aspect = F.createAspect();
        aspect.setShortName("查摆问题");
        review.getAspects().add(aspect);
        List<Problem> problems = new ArrayList<>();
        for (int p = 0; p < Math.max(1, measures / 2); p++) {
            Problem problem = F.createProblem();
            problem.setNumber(p + 1);
            problem.setHeadline(OBJECTS[random.nextInt(OBJECTS.length)] + "落实不够到位。");
            problems.add(problem);
        }
        aspect.getProblems().addAll(problems);
        Direction direction = null;
        for (int m = 0; m < measures; m++) {
            if (m % 10 == 0) {
                direction = F.createDirection();
                review.getDirections().add(direction);
            }
            direction.getMeasures().add(measure(m % 10 + 1, day, meeting.getDate(), problems, units, people, random));
        }
        return meeting;
    }

    private static Measure measure(int number, LocalDate day, LocalDate held, List<Problem> problems,
            List<OrgUnit> units,
            List<Person> people, Random random) {
        Measure measure = F.createMeasure();
        measure.setNumber(number);
        measure.setHeadline(VERBS[random.nextInt(VERBS.length)] + OBJECTS[random.nextInt(OBJECTS.length)] + "。");
        measure.setText("明确责任分工，制定时间表，按期完成并形成制度成果。");
        measure.setKind(MeasureKind.get(random.nextInt(3)));
        measure.getProblems().add(problems.get(random.nextInt(problems.size())));
        if (random.nextInt(3) == 0) {
            Problem second = problems.get(random.nextInt(problems.size()));
            if (!measure.getProblems().contains(second)) {
                measure.getProblems().add(second);
            }
        }
        measure.setResponsibleLeader(people.get(random.nextInt(people.size())));
        measure.setResponsibleUnit(random.nextInt(50) == 0 ? null : units.get(random.nextInt(units.size())));
        measure.setDeadline(day.plusDays(random.nextInt(400) - 200));
        measure.setStatus(MeasureStatus.get(random.nextInt(4)));
        int entries = measure.getStatus() == MeasureStatus.PLANNED ? 0 : 1 + random.nextInt(2);
        for (int e = 0; e < entries; e++) {
            ProgressEntry entry = F.createProgressEntry();
            entry.setDate(held.plusDays(30L * (e + 1) + random.nextInt(30)));
            entry.setAuthor(measure.getResponsibleLeader());
            entry.setText("按计划推进，完成阶段性任务。");
            measure.getProgress().add(entry);
        }
        if (random.nextInt(20) == 0) {
            DeadlineChange change = F.createDeadlineChange();
            change.setDate(held.plusDays(60));
            change.setPreviousDeadline(measure.getDeadline().minusMonths(3));
            change.setNewDeadline(measure.getDeadline());
            change.setReason("工作安排调整。");
            measure.getDeadlineChanges().add(change);
        }
        if (measure.getStatus() == MeasureStatus.CLOSED) {
            Verification verification = F.createVerification();
            verification.setDate(held.plusDays(90 + random.nextInt(200)));
            verification.setVerifier(people.get(random.nextInt(people.size())));
            verification.setResult(
                    random.nextInt(5) == 0 ? VerificationResult.PARTLY_EFFECTIVE : VerificationResult.EFFECTIVE);
            measure.setVerification(verification);
        }
        return measure;
    }
}
