package rectify.validation.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.CauseCategory;
import rectify.model.Direction;
import rectify.model.Inspection;
import rectify.model.InspectionKind;
import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.MeetingKind;
import rectify.model.Notice;
import rectify.model.OrgUnit;
import rectify.model.OrgUnitKind;
import rectify.model.Person;
import rectify.model.Problem;
import rectify.model.ProgressEntry;
import rectify.model.RecordStatus;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.RetentionPeriod;
import rectify.model.Review;
import rectify.model.ArchivalInfo;
import rectify.model.Severity;

/**
 * A synthetic register for benchmarks: years × units × records, each record with a review like
 * the sample document's (5 aspects of 3 problems, 5 causes, 4 directions of 3 measures, progress
 * on half of the measures) and problem ⇄ cause ⇄ measure links, with Chinese text of realistic
 * lengths. About 50 elements a record; the same seed gives the same register.
 */
final class SyntheticRegister {

    private static final RectifyFactory F = RectifyFactory.eINSTANCE;

    /** Phrases of the sample document, from which texts are put together. */
    private static final String[] PHRASES = {
            "从思想深处领悟理论精髓不够", "在学习习近平新时代中国特色社会主义思想上重视掌握具体观点、具体要求",
            "在融会贯通、举一反三上下的功夫不够", "还不能真正上升为改造思想的理论武器", "从政治高度观察思考问题不够",
            "对一些工作落实不好可能带来的政治影响思考不深", "理论与实践结合不紧密", "吸取事故教训不深刻",
            "安全发展理念树立不够牢", "以“闯”的精神攻坚克难不够", "破题攻坚、锐意开拓不够",
            "缺乏“涉深水、破坚冰、啃硬骨头”的勇气", "调查研究不经常", "谈心交流不深入",
            "没有真正把基层的期盼和企业的真实情况搞准摸透", "监管指导不积极", "在安全监管上重检查考核轻服务指导",
            "主动服务不全面", "还存在重眼前轻长远的问题", "责任传导不顺畅", "“四风”整改不彻底",
            "以会议落实会议、以文件落实文件等问题还没有得到彻底解决", "制度落实不经常", "政治站位的高度不够",
            "思想建设的重要性认识不深", "为民服务的“公仆”情怀不浓", "加强党性锻炼和提高党性修养不够",
            "勇于担当作为的精气神不足", "坚持不懈抓好理论武装", "加强和规范党内政治生活",
            "严格执行《关于新形势下党内政治生活的若干准则》", "坚持民主集中制原则", "要健全制度机制，搞好顶层设计",
            "要密切联系群众，搞好调查研究", "要进一步加强业务培训", "层层压实属地管理责任、行业监管责任",
            "严格落实干部选拔任用“四必”要求", "加大“四风”整治力度", "以钉钉子的精神持续改进工作作风" };

    private final Random random;
    private final Register register = F.createRegister();
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    private SyntheticRegister(long seed) {
        random = new Random(seed);
    }

    /**
     * @param years the number of years, from 2017
     * @param unitCount the number of units
     * @param recordsPerUnitAndYear the records of each unit in each year
     * @return the register
     */
    static Register generate(int years, int unitCount, int recordsPerUnitAndYear) {
        SyntheticRegister generator = new SyntheticRegister(20211228L);
        generator.base(years, unitCount);
        for (int year = 2017; year < 2017 + years; year++) {
            for (OrgUnit unit : generator.units) {
                for (int i = 0; i < recordsPerUnitAndYear; i++) {
                    generator.record(year, unit, i);
                }
            }
        }
        return generator.register;
    }

    private void base(int years, int unitCount) {
        register.setOrganizationName("中共某某省应急管理厅委员会");
        register.setFondsCode("Z001");
        for (int u = 0; u < unitCount; u++) {
            OrgUnit unit = F.createOrgUnit();
            unit.setName(text(6, 12) + "处");
            unit.setCode("U" + u);
            unit.setKind(u % 4 == 0 ? OrgUnitKind.SUBORDINATE : OrgUnitKind.DEPARTMENT);
            register.getUnits().add(unit);
            units.add(unit);
            for (int p = 0; p < 10; p++) {
                Person person = F.createPerson();
                person.setName("干部" + u + "-" + p);
                person.setPosition(p == 0 ? "处长" : "副处长");
                person.setUnit(unit);
                person.setLeadershipMember(p == 0 && u < 8);
                register.getPeople().add(person);
                people.add(person);
            }
        }
        for (int y = 0; y < years; y++) {
            Notice notice = F.createNotice();
            notice.setTitle("关于认真开好" + (2017 + y) + "年度县以上党和国家机关党员领导干部民主生活会的通知");
            notice.setDocumentNumber("X委办发〔" + (2017 + y) + "〕12号");
            notice.setIssuer("中共XX省纪委机关、中共XX省委组织部");
            notice.setDate(LocalDate.of(2017 + y, 11, 20));
            register.getNotices().add(notice);
            notices.add(notice);
        }
    }

    private void record(int year, OrgUnit unit, int index) {
        rectify.model.Record record;
        if (index % 2 == 0) {
            Meeting meeting = F.createMeeting();
            meeting.setKind(MeetingKind.values()[index % MeetingKind.values().length]);
            meeting.setTheme(text(20, 40));
            meeting.setHost(person());
            for (int i = 0; i < 5; i++) {
                Person attendee = person();
                if (!meeting.getAttendees().contains(attendee)) {
                    meeting.getAttendees().add(attendee);
                }
            }
            meeting.setBasisNotice(notices.get(year - 2017));
            meeting.setMinutes(text(300, 600));
            record = meeting;
        } else {
            Inspection inspection = F.createInspection();
            inspection.setKind(InspectionKind.values()[index % InspectionKind.values().length]);
            inspection.setInspectingBody(units.get(0));
            inspection.setInspectedUnit(unit);
            inspection.setPeriodStart(LocalDate.of(year, 3, 1));
            inspection.setPeriodEnd(LocalDate.of(year, 5, 31));
            record = inspection;
        }
        record.setTitle(year + "年度" + unit.getName() + "民主生活会" + (index + 1));
        record.setYear(year);
        record.setDate(LocalDate.of(year, 12, 1 + index));
        record.setPlace("机关" + (index + 3) + "楼会议室");
        record.setStatus(RecordStatus.values()[random.nextInt(RecordStatus.values().length)]);
        ArchivalInfo archival = F.createArchivalInfo();
        archival.setRetention(RetentionPeriod.PERMANENT);
        archival.setYear(year);
        archival.setOrganizationCode(unit.getCode());
        archival.setItemNumber(index + 1);
        record.setArchivalInfo(archival);
        register.getRecords().add(record);
        record.setReview(review(year));
    }

    private Review review(int year) {
        Review review = F.createReview();
        review.setTitle("班子对照检查材料");
        review.getPreamble().add(text(150, 250));
        review.getPreamble().add(text(80, 150));
        review.setProblemsHeading("一、存在的主要问题");
        review.setCausesHeading("二、问题原因剖析");
        review.setCausesIntro("深刻剖析这些问题和不足的原因，主要有以下几个方面：");
        review.setDirectionsHeading("三、努力方向及整改措施");
        List<Problem> problems = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            Aspect aspect = F.createAspect();
            aspect.setLabel("（" + "一二三四五".charAt(a) + "）");
            aspect.setTitle(text(50, 90));
            aspect.setShortName(text(4, 6));
            review.getAspects().add(aspect);
            for (int p = 0; p < 3; p++) {
                Problem problem = F.createProblem();
                problem.setNumber(p + 1);
                problem.setHeadline(text(12, 25));
                problem.setExplanation(text(200, 360));
                problem.setSeverity(Severity.values()[random.nextInt(Severity.values().length)]);
                aspect.getProblems().add(problem);
                problems.add(problem);
            }
        }
        List<Cause> causes = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            Cause cause = F.createCause();
            cause.setNumber(c + 1);
            cause.setHeadline(text(10, 20));
            cause.setAnalysis(text(250, 400));
            cause.setCategory(CauseCategory.values()[1 + c]);
            review.getCauses().add(cause);
            causes.add(cause);
        }
        List<Measure> measures = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            Direction direction = F.createDirection();
            direction.setLabel("（" + "一二三四".charAt(d) + "）");
            direction.setHeading(text(15, 30));
            review.getDirections().add(direction);
            for (int m = 0; m < 3; m++) {
                Measure measure = F.createMeasure();
                measure.setNumber(m + 1);
                measure.setHeadline(text(8, 16));
                measure.setText(text(100, 200));
                measure.setKind(MeasureKind.values()[random.nextInt(MeasureKind.values().length)]);
                measure.setResponsibleLeader(person());
                measure.setResponsibleUnit(units.get(random.nextInt(units.size())));
                measure.setDeadline(LocalDate.of(year + 1, 1 + random.nextInt(12), 1 + random.nextInt(28)));
                measure.setStatus(MeasureStatus.values()[random.nextInt(MeasureStatus.values().length)]);
                direction.getMeasures().add(measure);
                measures.add(measure);
                if (m != 1) {
                    ProgressEntry progress = F.createProgressEntry();
                    progress.setDate(LocalDate.of(year + 1, 3, 1 + m));
                    progress.setAuthor(measure.getResponsibleLeader());
                    progress.setText(text(60, 100));
                    measure.getProgress().add(progress);
                }
            }
        }
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            problem.getCauses().add(causes.get(i % causes.size()));
            if (i % 3 == 0) {
                problem.getCauses().add(causes.get((i + 2) % causes.size()));
            }
            problem.getMeasures().add(measures.get(i % measures.size()));
            if (i % 2 == 0) {
                problem.getMeasures().add(measures.get((i + 5) % measures.size()));
            }
        }
        for (int i = 0; i < measures.size(); i++) {
            measures.get(i).getCauses().add(causes.get(i % causes.size()));
        }
        return review;
    }

    private Person person() {
        return people.get(random.nextInt(people.size()));
    }

    /** @return Chinese text of a length between the bounds, made of the sample's phrases */
    private String text(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(length + 40);
        while (text.length() < length) {
            text.append(PHRASES[random.nextInt(PHRASES.length)]);
            text.append(random.nextInt(3) == 0 ? '。' : '，');
        }
        text.setLength(length - 1);
        return text.append('。').toString();
    }
}
