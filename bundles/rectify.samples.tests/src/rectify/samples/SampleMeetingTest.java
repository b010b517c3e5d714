package rectify.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Example;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.MeetingKind;
import rectify.model.OpinionChannel;
import rectify.model.OrgUnitKind;
import rectify.model.Problem;
import rectify.model.RecordStatus;
import rectify.model.Review;
import rectify.model.Solicitation;
import rectify.model.StudyForm;
import rectify.model.StudySession;
import rectify.model.Talk;
import rectify.model.TalkPairing;

/** The 2021 meeting of the sample register: its structure, exactly as the sample document has it. */
class SampleMeetingTest {

    static final List<String> ASPECT_LABELS = List.of(
            "(一)",
            "",
            "（三）",
            "（四）",
            "（五）");

    static final List<String> ASPECT_TITLES = List.of(
            "对带头深刻感悟“两个确立”的决定性意义，深刻感悟党坚持把马克思主义同中国具体实际相结合、同中华优秀传统文化相结合的非凡历程，全面贯彻习近平新时代中国特色社会主义思想，树立正确党史观，坚定信仰信念信心，不断提高政治判断力、政治领悟力、政治执行力，增强“四个意识”、坚定“四个自信”、做到“两个维护”方面的问题。",
            "对带头牢记我们党是什么、要干什么这个根本问题，心怀“国之大者”，贯彻新发展理念，履职尽责、担当作为，对标国际领先、国内一流，聚焦新冠肺炎疫情防控、保持经济发展、深化改革开放、维护社会稳定等正在做的工作，担难担险、苦干实干，不折不扣把党中央决策部署和省委要求落实到位方面的问题。",
            "对带头践行以人民为中心的发展思想，尊重群众意愿，深入开展“我为群众办实事”实践活动，持续深化“向群众汇报”和“四个走遍”，为群众办实事解难题，有效保障改善民生，不断推动共同富裕取得更为明显的实质性进展，切实增强人民群众获得感幸福感安全感，确保党永远保持同人民群众的血肉联系方面的问题。",
            "对带头学习运用党在不同历史时期成功应对风险挑战的丰富经验，增强忧患意识，保持战略定力，提高能力本领，敢于斗争、善于斗争，不断取得新的胜利和荣光方面的问题。",
            "对带头深刻汲取党史中正反两方面经验，履行全面从严治党责任，旗帜鲜明讲政治，严守党的政治纪律和政治规矩,落实中央八项规定及其实施细则精神，持续用力纠“四风”、树新风，坚决反对形式主义官僚主义，加强对“一把手”监督和领导班子监督，坚决同一切违规违纪违法现象作斗争方面的问题。");

    static final List<String> PROBLEM_HEADLINES = List.of(
            "从思想深处领悟理论精髓不够。",
            "从政治高度观察思考问题不够。",
            "从实践层面自觉主动践行不够。",
            "以“闯”的精神攻坚克难不够。",
            "以“创”的劲头勇立潮头不够。",
            "以“干”的作风务求实效不够。",
            "调查研究不经常。",
            "监管指导不积极。",
            "主动服务不全面。",
            "还存在重眼前轻长远的问题。",
            "还存在重局部轻全局的问题。",
            "还存在重建设轻使用的问题。",
            "责任传导不顺畅。",
            "“四风”整改不彻底。",
            "制度落实不经常。");

    static final List<String> CAUSE_HEADLINES = List.of(
            "政治站位的高度不够。",
            "思想建设的重要性认识不深。",
            "为民服务的“公仆”情怀不浓。",
            "加强党性锻炼和提高党性修养不够。",
            "勇于担当作为的精气神不足。");

    static final List<String> DIRECTION_LABELS = List.of(
            "",
            "（二）",
            "（三）",
            "（四）");

    static final List<String> DIRECTION_HEADINGS = List.of(
            "着眼“两个维护”，强化政治建设。",
            "落实“两个根本”，高效推动XXXX事业创新发展。",
            "坚持“两个至上”，忠实履行职责使命。",
            "强化主体责任，持续正风肃纪。");

    static final List<String> MEASURE_HEADLINES = List.of(
            "不断提高政治站位。",
            "提升党内生活质量。",
            "切实保持政治清醒。",
            "要健全制度机制，搞好顶层设计。",
            "要密切联系群众，搞好调查研究。",
            "要破解突出矛盾，着力提升能力。",
            "要坚持攻坚克难，有效防范化解重大安全风险。",
            "要科学应对突发事件，推动应急救援能力持续提升。",
            "要把人民利益举过头顶，扎实做好XXXX工作。",
            "要强化监督执纪。",
            "要抓实日常监督。",
            "要持续改进作风。");

    static final String NOTICE_TITLE = "中共XX省纪委机关、中共XX省委组织部关于认真开好2021年度县以上党和国家机关党员领导干部民主生活会的通知";
    static final String PLAN_TITLE = "2021年度党员领导干部民主生活会实施方案";

    /** The lead words of the examples of each problem, in document order. */
    static final List<List<String>> EXAMPLE_LEADS = List.of(
            List.of("比如："), List.of("比如，"), List.of("比如，"),
            List.of("比如，"), List.of("比如，"), List.of("另外，"),
            List.of(), List.of(), List.of("比如，", "还比如："),
            List.of("比如"), List.of("比如，"), List.of("比如，"),
            List.of("比如，"), List.of(), List.of("比如，"));

    private static final Pattern EMF_UUID = Pattern.compile("_[A-Za-z0-9_-]{22}");

    private static SampleRegisters.Loaded loaded;
    private static Meeting meeting;
    private static Review review;

    @BeforeAll
    static void load() {
        loaded = SampleRegisters.load();
        meeting = loaded.meeting();
        review = meeting.getReview();
        assertNotNull(review, "the meeting has its review");
    }

    @Test
    void sampleRegisterIsFoundInAndOutOfOsgi() throws Exception {
        URL url = Samples.sampleRegister();
        assertTrue(url.getPath().endsWith(Samples.SAMPLE_REGISTER), url::toString);
        assertTrue(Samples.SAMPLE_REGISTER.contains("sample"));
        if (inOsgi()) {
            assertEquals("bundleentry", url.getProtocol(), "in OSGi the bundle entry is returned");
        }
        try (InputStream in = url.openStream()) {
            assertTrue(in.read() >= 0);
        }
    }

    private static boolean inOsgi() {
        try {
            return FrameworkUtil.getBundle(Samples.class) != null;
        } catch (LinkageError noFramework) {
            return false;
        }
    }

    @Test
    void registerHoldsTheMeetingAndTheExample() {
        assertTrue(loaded.register().getOrganizationName().contains("XX厅"), loaded.register().getOrganizationName());
        assertEquals("X001", loaded.register().getFondsCode());
        assertEquals(2, loaded.register().getRecords().size());
        assertEquals("2021年度党员领导干部民主生活会", meeting.getTitle());
        assertEquals(MeetingKind.DEMOCRATIC_LIFE, meeting.getKind());
        assertEquals(2021, meeting.getYear());
        assertEquals(RecordStatus.HELD, meeting.getStatus());
        assertFalse(meeting.isExample());
    }

    @Test
    void everyObjectHasAUniqueUuid() {
        Set<String> ids = new HashSet<>();
        int objects = 0;
        for (TreeIterator<EObject> it = loaded.resource().getAllContents(); it.hasNext();) {
            EObject object = it.next();
            String id = loaded.resource().getID(object);
            assertNotNull(id, () -> "no id: " + object);
            assertTrue(EMF_UUID.matcher(id).matches(), () -> "not a UUID: " + id);
            assertTrue(ids.add(id), () -> "duplicate id " + id);
            objects++;
        }
        assertTrue(objects > 150, "objects: " + objects);
    }

    @Test
    void preparationFactsOfThePreamble() {
        assertNotNull(meeting.getBasisNotice());
        assertNotNull(meeting.getPlan());
        assertEquals(NOTICE_TITLE, meeting.getBasisNotice().getTitle());
        assertEquals(PLAN_TITLE, meeting.getPlan().getTitle());
        assertEquals(Set.of(StudyForm.COLLECTIVE, StudyForm.INDIVIDUAL),
                Set.copyOf(meeting.getStudySessions().stream().map(StudySession::getForm).toList()));

        assertEquals(1, meeting.getSolicitations().size());
        Solicitation solicitation = meeting.getSolicitations().get(0);
        assertEquals(88, solicitation.getReportedCount());
        assertEquals(88, meeting.getOpinionCount(), "the record counts the 88 opinions it reports");
        assertEquals(List.of(OpinionChannel.FORUM, OpinionChannel.QUESTIONNAIRE, OpinionChannel.SUGGESTION_BOX),
                solicitation.getChannels());
        assertEquals(List.of(OrgUnitKind.MEMBER_UNIT, OrgUnitKind.DEPARTMENT, OrgUnitKind.SUBORDINATE),
                solicitation.getSourceKinds());
        assertTrue(solicitation.getOpinions().isEmpty(), "the document lists no single opinion");

        assertFalse(meeting.getTalks().isEmpty(), "talks under 五必谈");
        String preamble = String.join("", review.getPreamble());
        for (Talk talk : meeting.getTalks()) {
            assertEquals(TalkPairing.SECRETARY_WITH_MEMBERS, talk.getPairing());
            assertTrue(preamble.contains(talk.getSummary()), () -> "summary taken from the text: " + talk.getSummary());
        }
        assertEquals(1, review.getPreamble().size(), "one preamble paragraph");
        assertTrue(preamble.contains("《" + NOTICE_TITLE + "》"));
        assertTrue(preamble.contains("《" + PLAN_TITLE + "》"));
        assertTrue(preamble.contains("意见建议88条"));
    }

    @Test
    void fiveAspectsWithTheirHeadingsAndLabelsAsWritten() {
        List<Aspect> aspects = review.getAspects();
        assertEquals(5, aspects.size());
        assertEquals("存在的主要问题", review.getProblemsHeading());
        assertEquals(ASPECT_LABELS, aspects.stream().map(Aspect::getLabel).toList());
        assertEquals(ASPECT_TITLES, aspects.stream().map(Aspect::getTitle).toList());
        for (Aspect aspect : aspects) {
            assertEquals(3, aspect.getProblems().size(), aspect.getTitle());
            assertEquals(List.of(1, 2, 3), aspect.getProblems().stream().map(Problem::getNumber).toList());
            assertNotNull(aspect.getShortName());
        }
    }

    @Test
    void fifteenProblemsWithHeadlineExplanationAndExamples() {
        List<Problem> problems = review.getAspects().stream().flatMap(a -> a.getProblems().stream()).toList();
        assertEquals(15, problems.size());
        assertEquals(PROBLEM_HEADLINES, problems.stream().map(Problem::getHeadline).toList());
        assertEquals(EXAMPLE_LEADS,
                problems.stream().map(p -> p.getExamples().stream().map(Example::getLead).toList()).toList());
        for (Problem problem : problems) {
            assertFalse(problem.getExplanation() == null || problem.getExplanation().isBlank(), problem.getHeadline());
            for (Example example : problem.getExamples()) {
                assertFalse(example.getText().isBlank());
            }
        }
    }

    @Test
    void fiveCauses() {
        assertEquals("问题原因剖析", review.getCausesHeading());
        assertEquals("深刻剖析这些问题和不足的原因，主要有以下几个方面：", review.getCausesIntro());
        assertEquals(List.of(1, 2, 3, 4, 5), review.getCauses().stream().map(Cause::getNumber).toList());
        assertEquals(CAUSE_HEADLINES, review.getCauses().stream().map(Cause::getHeadline).toList());
        review.getCauses().forEach(cause -> assertFalse(cause.getAnalysis().isBlank()));
    }

    @Test
    void fourDirectionsWithTwelveMeasures() {
        assertEquals("努力方向及整改措施", review.getDirectionsHeading());
        assertEquals(null, review.getDirectionsIntro(), "the document has no intro to its measures");
        List<Direction> directions = review.getDirections();
        assertEquals(4, directions.size());
        assertEquals(DIRECTION_LABELS, directions.stream().map(Direction::getLabel).toList());
        assertEquals(DIRECTION_HEADINGS, directions.stream().map(Direction::getHeading).toList());
        for (Direction direction : directions) {
            assertEquals(List.of(1, 2, 3), direction.getMeasures().stream().map(Measure::getNumber).toList());
        }
        List<Measure> measures = directions.stream().flatMap(d -> d.getMeasures().stream()).toList();
        assertEquals(12, measures.size());
        assertEquals(MEASURE_HEADLINES, measures.stream().map(Measure::getHeadline).toList());
        measures.forEach(measure -> assertFalse(measure.getText().isBlank()));
    }

    @Test
    void derivedCountsAgree() {
        assertEquals(5, meeting.getAspectCount());
        assertEquals(15, meeting.getProblemCount());
        assertEquals(5, meeting.getCauseCount());
        assertEquals(4, meeting.getDirectionCount());
        assertEquals(12, meeting.getMeasureCount());
        assertEquals(meeting.getTalks().size(), meeting.getTalkCount());
    }

    @Test
    void noLinksBecauseTheDocumentHasNone() {
        for (Aspect aspect : review.getAspects()) {
            for (Problem problem : aspect.getProblems()) {
                assertTrue(problem.getCauses().isEmpty() && problem.getMeasures().isEmpty(), problem.getHeadline());
            }
        }
        for (Cause cause : review.getCauses()) {
            assertTrue(cause.getMeasures().isEmpty(), cause.getHeadline());
        }
    }
}
