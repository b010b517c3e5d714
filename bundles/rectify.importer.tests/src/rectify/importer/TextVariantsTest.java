package rectify.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.importer.Finding.Kind;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Inspection;
import rectify.model.InspectionKind;
import rectify.model.Meeting;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Review;

/**
 * Variants of the sample text: other character sets and line ends, other numbering, labels
 * that are missing, blank lines and indents, paragraphs with no place; and a rectification
 * report. Each gives the structure a reader sees, and keeps every sentence.
 */
class TextVariantsTest {

    private static final byte[] NO_BOM = {};
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };
    /** 𠮷 (U+20BB7), as in names, is in GB18030 (four bytes) and not in GBK. */
    private static final String OUTSIDE_GBK = "（执笔：王𠮷。）";

    @TempDir
    Path dir;

    private ImportResult read(String name, List<String> lines, Charset charset, String lineEnd, byte[] bom)
            throws ImportException {
        return DocumentImport.read(Documents.write(dir.resolve(name), lines, charset, lineEnd, bom));
    }

    private ImportResult read(String name, List<String> lines) throws ImportException {
        return read(name, lines, StandardCharsets.UTF_8, "\n", NO_BOM);
    }

    /** Asserts the sample's counts and that every sentence of {@code lines} is in the record. */
    private static void assertWhole(ImportResult result, List<String> lines) {
        Record record = result.record();
        assertEquals(List.of(5, 15, 5, 4, 12), List.of(record.getAspectCount(), record.getProblemCount(),
                record.getCauseCount(), record.getDirectionCount(), record.getMeasureCount()), result.report()::toText);
        assertEquals(List.of(), Documents.missing(record, lines), result.report()::toText);
    }

    private static List<String> sample() {
        return new ArrayList<>(Documents.sampleLines());
    }

    private static List<String> map(List<String> lines, UnaryOperator<String> change) {
        return lines.stream().map(change).toList();
    }

    private static int index(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    @Test
    void gbkGb18030Utf16AndByteOrderMarks() throws ImportException {
        List<String> lines = sample();
        assertWhole(read("gbk.txt", lines, Charset.forName("GBK"), "\n", NO_BOM), lines);
        assertTrue(read("gbk.txt", lines, Charset.forName("GBK"), "\n", NO_BOM).report().format().contains("GBK"));
        List<String> wider = new ArrayList<>(lines);
        wider.set(0, wider.get(0) + OUTSIDE_GBK);
        ImportResult gb18030 = read("gb18030.txt", wider, Charset.forName("GB18030"), "\n", NO_BOM);
        assertWhole(gb18030, wider);
        assertTrue(gb18030.report().format().contains("GB18030"), gb18030.report().format());
        assertTrue(gb18030.record().getReview().getPreamble().get(0).endsWith(OUTSIDE_GBK));
        ImportResult bom = read("bom.txt", lines, StandardCharsets.UTF_8, "\n", UTF8_BOM);
        assertWhole(bom, lines);
        assertTrue(bom.record().getReview().getPreamble().get(0).startsWith("按照"), "the mark is not text");
        assertWhole(read("utf16.txt", lines, StandardCharsets.UTF_16LE, "\r\n", UTF16LE_BOM), lines);
    }

    @Test
    void crlfAndCrLineEnds() throws ImportException {
        List<String> lines = sample();
        for (String lineEnd : List.of("\r\n", "\r")) {
            ImportResult result = read("ends.txt", lines, StandardCharsets.UTF_8, lineEnd, NO_BOM);
            assertWhole(result, lines);
            assertEquals(Documents.sampleMeeting().getReview().getCausesIntro(),
                    result.record().getReview().getCausesIntro());
        }
    }

    @Test
    void blankLinesIdeographicIndentsAndSpaces() throws ImportException {
        List<String> lines = new ArrayList<>();
        lines.add("");
        for (String line : sample()) {
            lines.add("\u3000\u3000" + line + "  \u3000");
            lines.add("");
            lines.add(" \t ");
        }
        ImportResult result = read("blank.txt", lines);
        assertWhole(result, lines);
        assertEquals(List.of(), result.report().findings(Kind.NOT_PLACED));
        Finding aspect = result.report().findings(Kind.INFERRED).get(0);
        assertEquals(1 + 3 * 6 + 1, aspect.position(), "positions are line numbers, blank lines counted");
    }

    @Test
    void otherNumberingStyles() throws ImportException {
        List<String> lines = map(sample(), line -> swapWidth(line
                .replaceFirst("^([0-9])\\.", "$1、")
                .replaceFirst("^([一二三])、", "$1．")));
        lines = map(lines, line -> line.replaceFirst("^2、", "２．").replaceFirst("^3、", "3．"));
        ImportResult result = read("numbering.txt", lines);
        assertWhole(result, lines);
        Review review = result.record().getReview();
        assertEquals(List.of("（一）", "", "(三)", "(四)", "(五)"),
                review.getAspects().stream().map(Aspect::getLabel).toList());
        assertEquals(List.of(1, 2, 3),
                review.getAspects().get(4).getProblems().stream().map(Problem::getNumber).toList());
        assertEquals("存在的主要问题", review.getProblemsHeading());
    }

    /** @return the line with a label （一） written (一), or (一) written （一） */
    private static String swapWidth(String line) {
        return line.startsWith("（") ? line.replaceFirst("^（([一二三四五])）", "($1)")
                : line.replaceFirst("^\\(([一二三四五])\\)", "（$1）");
    }

    @Test
    void missingLabelsAreInferredFromPositionAndShape() throws ImportException {
        List<String> lines = map(sample(), line -> line.replaceFirst("^[（(][一二三四五][）)](?=对带头)", "")
                .replaceFirst("^（三）(?=为民服务)", "")
                .replaceFirst("^（五）(?=勇于担当)", "")
                .replaceFirst("^（[二三四]）(?=[落坚强])", ""));
        ImportResult result = read("labels.txt", lines);
        assertWhole(result, lines);
        Review review = result.record().getReview();
        assertTrue(review.getAspects().stream().allMatch(a -> a.getLabel().isEmpty()));
        assertEquals(List.of(1, 2, 3, 4, 5), review.getCauses().stream().map(Cause::getNumber).toList());
        assertEquals(Documents.sampleMeeting().getReview().getCauses().get(4).getHeadline(),
                review.getCauses().get(4).getHeadline());
        assertEquals(List.of("", "", "", ""), review.getDirections().stream().map(Direction::getLabel).toList());
        List<String> inferred = result.report().findings(Kind.INFERRED).stream().map(Finding::message).toList();
        assertEquals(5 + 2 + 4, inferred.size(), inferred::toString);
    }

    @Test
    void partHeadingsWithoutNumbersInTheirUsualWordings() throws ImportException {
        List<String> lines = map(sample(), line -> line.replaceFirst("^一、存在的主要问题", "查摆出的问题")
                .replaceFirst("^二、问题原因剖析", "产生问题的原因").replaceFirst("^三、努力方向及整改措施", "整改措施"));
        ImportResult result = read("headings.txt", lines);
        assertWhole(result, lines);
        assertEquals(List.of("查摆出的问题", "产生问题的原因", "整改措施"), List.of(result.record().getReview().getProblemsHeading(),
                result.record().getReview().getCausesHeading(), result.record().getReview().getDirectionsHeading()));
    }

    @Test
    void paragraphsThatContinueAnItemAreJoinedToIt() throws ImportException {
        List<String> lines = sample();
        int problem = index(lines, "3.主动服务不全面。");
        String whole = lines.get(problem);
        int example = whole.indexOf("还比如：");
        lines.set(problem, whole.substring(0, example));
        lines.add(problem + 1, whole.substring(example));
        ImportResult result = read("continued.txt", lines);
        assertWhole(result, lines);
        Problem joined = result.record().getReview().getAspects().get(2).getProblems().get(2);
        assertEquals(List.of("比如，", "还比如："),
                joined.getExamples().stream().map(rectify.model.Example::getLead).toList());
        assertEquals(1,
                result.report().findings(Kind.INFERRED).stream().filter(f -> f.position() == problem + 2).count());
    }

    @Test
    void paragraphsWithNoPlaceAreKeptAsNotes() throws ImportException {
        List<String> lines = sample();
        lines.add(0, "XX厅领导班子2021年度民主生活会对照检查材料");
        lines.add(index(lines, "一、存在的主要问题") + 1, "经认真查摆，班子主要存在以下几个方面的问题：");
        lines.add("四、会议议程安排");
        lines.add("会议由党委书记主持，班子成员逐一发言。");
        lines.add("我们将以这次民主生活会为新的起点，切实抓好整改落实。");
        lines.add("中共XX省XX厅委员会");
        lines.add("2022年1月10日");
        ImportResult result = read("notes.txt", lines);
        assertWhole(result, lines);
        Review review = result.record().getReview();
        assertEquals("XX厅领导班子2021年度民主生活会对照检查材料", review.getTitle());
        assertEquals(List.of("经认真查摆，班子主要存在以下几个方面的问题：", "四、会议议程安排", "会议由党委书记主持，班子成员逐一发言。",
                "我们将以这次民主生活会为新的起点，切实抓好整改落实。", "中共XX省XX厅委员会", "2022年1月10日"), review.getNotes());
        assertEquals(6, result.report().findings(Kind.NOT_PLACED).size());
        assertTrue(result.report().toText().contains("“中共XX省XX厅委员会”"), result.report()::toText);
    }

    @Test
    void repeatedParagraphsAreAllKeptThroughTheRegisterFile() throws java.io.IOException {
        List<String> lines = sample();
        String preamble = lines.get(0);
        lines.add(1, preamble);
        List<String> closing = List.of("同上。", "同上。", "中共XX省XX厅委员会", "同上。", "中共XX省XX厅委员会");
        lines.addAll(closing);
        ImportResult result = read("repeated.txt", lines);
        Path file = dir.resolve("repeated.rectify");

        RegisterImport.into(result, file, null);

        Review review = rectify.core.io.RegisterFiles.load(file).getRecords().get(0).getReview();
        assertEquals(List.of(preamble, preamble), review.getPreamble());
        assertEquals(closing, review.getNotes());
        assertEquals(7, result.report().findings(Kind.NOT_PLACED).size() + review.getPreamble().size(),
                result.report()::toText);
    }

    @Test
    void aDocumentOfOneParagraphTenThousandTimesKeepsEveryOne() throws java.io.IOException {
        List<String> lines = java.util.Collections.nCopies(10_000, "x");
        Path file = dir.resolve("x.rectify");

        RegisterImport.into(read("x.txt", lines), file, null);

        Review review = rectify.core.io.RegisterFiles.load(file).getRecords().get(0).getReview();
        List<String> kept = new ArrayList<>(review.getPreamble());
        kept.addAll(review.getNotes());
        assertEquals(lines, kept);
    }

    @Test
    void closingParagraphsAfterTheLastMeasureAreNotes() throws ImportException {
        List<String> lines = sample();
        lines.add("我们将以这次民主生活会为新的起点，切实抓好整改落实。");
        ImportResult result = read("closing.txt", lines);
        assertWhole(result, lines);
        assertEquals(List.of("我们将以这次民主生活会为新的起点，切实抓好整改落实。"), result.record().getReview().getNotes());
    }

    @Test
    void problemsUnderNoAspectGoUnderAnUntitledOne() throws ImportException {
        List<String> lines = List.of("一、存在的问题", "1.学习不够深入。对新思想学得不深。", "2.调研不够经常。比如，下基层次数少。",
                "二、原因分析", "（一）理论学习抓得不紧。学用脱节。", "三、整改措施", "1.制定学习计划。每月集中学习一次。");
        ImportResult result = read("flat.txt", lines);
        Review review = result.record().getReview();
        assertEquals(1, review.getAspects().size());
        assertEquals("", review.getAspects().get(0).getTitle());
        assertEquals(2, review.getAspects().get(0).getProblems().size());
        assertEquals(1, review.getDirections().size());
        assertEquals(List.of(), Documents.missing(result.record(), lines));
        assertEquals(2, result.report().findings(Kind.INFERRED).stream().filter(f -> f.position() > 0).count(),
                result.report()::toText);
    }

    @Test
    void aRectificationReportIsAnInspection() throws ImportException {
        List<String> lines = List.of("关于区委第二巡察组反馈意见整改情况的报告",
                "根据区委统一部署，2023年5月至7月，区委第二巡察组对我局进行了巡察，反馈了3个方面的问题。",
                "一、巡察反馈问题的整改落实情况",
                "（一）关于落实全面从严治党主体责任方面",
                "1.主体责任落实不到位。整改情况：局党组专题研究部署，制定责任清单。",
                "2.监督检查不经常。整改情况：建立季度检查制度。",
                "（二）关于作风建设方面",
                "1.文山会海问题突出。整改情况：精简会议文件三成。",
                "二、下一步工作打算",
                "（一）巩固整改成果。",
                "1.建立长效机制。每半年开展一次回头看。");
        ImportResult result = read("report.txt", lines);
        Inspection inspection = assertInstanceOf(Inspection.class, result.record());
        assertEquals(InspectionKind.CIRCUIT, inspection.getKind());
        assertEquals(2023, inspection.getYear());
        assertEquals("关于区委第二巡察组反馈意见整改情况的报告", inspection.getReview().getTitle());
        assertEquals(List.of(2, 3, 2, 3), List.of(inspection.getAspectCount(), inspection.getProblemCount(),
                inspection.getDirectionCount(), inspection.getMeasureCount()), result.report()::toText);
        Problem first = inspection.getReview().getAspects().get(0).getProblems().get(0);
        assertEquals("主体责任落实不到位。", first.getHeadline());
        assertEquals(List.of("局党组专题研究部署，制定责任清单。"), first.getMeasures().stream().map(m -> m.getHeadline()).toList(),
                "what the progress says was done is the finding's measure, not part of the finding");
        assertEquals(List.of("二、下一步工作打算", "（一）巩固整改成果。", "1.建立长效机制。每半年开展一次回头看。"),
                inspection.getReview().getNotes(), "the next steps of a progress report are notes, not measures");
        assertEquals(List.of(), Documents.missing(inspection, lines));
    }

    @Test
    void aMeetingWithoutPlanIsNamedFromItsNotice() throws ImportException {
        List<String> lines = List.of("根据《关于召开2024年度组织生活会的通知》要求，支部认真开展了会前准备。",
                "一、存在的问题", "1.学习不够深入。对新思想学得不深。");
        Meeting meeting = assertInstanceOf(Meeting.class, read("notice.txt", lines).record());
        assertEquals("2024年度组织生活会", meeting.getTitle());
        assertEquals(rectify.model.MeetingKind.ORGANIZATIONAL_LIFE, meeting.getKind());
        assertEquals(null, meeting.getBasisNotice().getIssuer());
    }
}
