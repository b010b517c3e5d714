package rectify.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Record;
import rectify.model.Register;

/**
 * The five documents of the sample's 2021 meeting and of the worked example, as Word writes them
 * and as LibreOffice opens them: POI reads each back, LibreOffice converts each to PDF without
 * error, and each holds what the record holds, in order.
 */
class GeneratedDocumentsTest {

    @TempDir
    static Path dir;
    private static Record meeting;
    private static Record example;
    private static final Map<DocumentKind, Path> MEETING_DOCUMENTS = new EnumMap<>(DocumentKind.class);
    private static final Map<DocumentKind, Path> EXAMPLE_DOCUMENTS = new EnumMap<>(DocumentKind.class);
    private static final Map<Path, Path> PDFS = new HashMap<>();

    @BeforeAll
    static void write() throws Exception {
        Register register = Fixtures.sampleRegister();
        meeting = Fixtures.sampleMeeting(register);
        example = Fixtures.example(register);
        WordDocuments writer = Fixtures.writer();
        for (DocumentKind kind : DocumentKind.values()) {
            MEETING_DOCUMENTS.put(kind,
                    writer.write(meeting, kind, dir.resolve("meeting-" + kind.code() + ".docx"), Fixtures.TODAY, null));
            EXAMPLE_DOCUMENTS.put(kind,
                    writer.write(example, kind, dir.resolve("example-" + kind.code() + ".docx"), Fixtures.TODAY, null));
        }
        List<Path> all = new ArrayList<>(MEETING_DOCUMENTS.values());
        all.addAll(EXAMPLE_DOCUMENTS.values());
        List<Path> pdfs = Fixtures.convertWithLibreOffice(all, Files.createDirectory(dir.resolve("pdf")));
        for (int i = 0; i < all.size(); i++) {
            PDFS.put(all.get(i), pdfs.get(i));
        }
    }

    /** @return the text of a document as POI reads it back: paragraphs and table cells, in order */
    static String wordText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    text.append(table.getText()).append('\n');
                }
            }
            return text.toString();
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertHoldsInOrder(Path document, List<String> texts) throws IOException {
        assertTrue(texts.size() > 3, "something to look for: " + texts);
        List<String> inWord = Fixtures.missingInOrder(Fixtures.withoutSpace(wordText(document)), texts);
        assertTrue(inWord.isEmpty(), document.getFileName() + " as POI reads it lacks " + inWord.size() + " of "
                + texts.size() + " texts, first: " + (inWord.isEmpty() ? "" : inWord.get(0)));
        String pdf = Fixtures.withoutSpace(pdfText(PDFS.get(document))).replaceAll("—\\d+—", "");
        List<String> inPdf = Fixtures.missingInOrder(pdf, texts);
        assertTrue(inPdf.isEmpty(), document.getFileName() + " as LibreOffice opens it lacks " + inPdf.size() + " of "
                + texts.size() + " texts, first: " + (inPdf.isEmpty() ? "" : inPdf.get(0)));
    }

    private static List<Measure> measures(Record record) {
        return record.getReview().getDirections().stream().flatMap(d -> d.getMeasures().stream()).toList();
    }

    @Test
    void theMaterialHoldsEveryTextOfTheRecordInOrder() throws IOException {
        assertHoldsInOrder(MEETING_DOCUMENTS.get(DocumentKind.MATERIAL), Fixtures.texts(meeting));
        assertHoldsInOrder(EXAMPLE_DOCUMENTS.get(DocumentKind.MATERIAL), Fixtures.texts(example));
    }

    @Test
    void theMaterialsPartsAreWordHeadings() throws IOException {
        try (InputStream in = Files.newInputStream(MEETING_DOCUMENTS.get(DocumentKind.MATERIAL));
                XWPFDocument document = new XWPFDocument(in)) {
            List<String> first = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            List<String> second = document.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("一、存在的主要问题", "二、问题原因剖析", "三、努力方向及整改措施"),
                    first.stream().map(h -> h.replaceAll("^(.、)(存在的主要问题|问题原因剖析|努力方向及整改措施).*", "$1$2")).toList(),
                    first.toString());
            assertEquals(meeting.getAspectCount() + meeting.getDirectionCount(), second.size(), second.toString());
            assertTrue(second.get(0).startsWith(meeting.getReview().getAspects().get(0).getLabel()), second.get(0));
            assertEquals("Title", document.getParagraphs().get(0).getStyle());
        }
    }

    @Test
    void thePlanGivesEachMeasureItsLeaderUnitAndDeadlineAndTheTaskTable() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Direction direction : example.getReview().getDirections()) {
            expected.add(Fixtures.withoutSpace(direction.getHeading()));
            for (Measure measure : direction.getMeasures()) {
                expected.add(Fixtures.withoutSpace(measure.getHeadline()));
                if (measure.getResponsibleLeader() != null) {
                    expected.add("责任领导：" + measure.getResponsibleLeader().getName());
                }
                if (measure.getResponsibleUnit() != null) {
                    expected.add("责任单位：" + measure.getResponsibleUnit().getName());
                }
            }
        }
        assertHoldsInOrder(EXAMPLE_DOCUMENTS.get(DocumentKind.PLAN), expected);
        try (InputStream in = Files.newInputStream(EXAMPLE_DOCUMENTS.get(DocumentKind.PLAN));
                XWPFDocument document = new XWPFDocument(in)) {
            assertEquals(1, document.getTables().size());
            assertEquals(measures(example).size() + 1, document.getTables().get(0).getNumberOfRows(),
                    "a row per measure under the header");
            assertTrue(document.getTables().get(0).getRow(0).isRepeatHeader(), "the header row repeats on each page");
        }
        assertHoldsInOrder(MEETING_DOCUMENTS.get(DocumentKind.PLAN), measures(meeting).stream()
                .map(m -> Fixtures.withoutSpace(m.getHeadline())).toList());
    }

    @Test
    void theReportCountsFromTheLedgerAndSaysWhatIsOpenAndWhy() throws IOException {
        List<Measure> measures = measures(example);
        long done = measures.stream()
                .filter(m -> m.getStatus() == MeasureStatus.DONE || m.getStatus() == MeasureStatus.CLOSED).count();
        assertTrue(done > 0 && done < measures.size(), "the example has measures done and open: " + done);
        String rate = new java.math.BigDecimal(done * 100.0 / measures.size())
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String statistics = "查摆问题" + example.getProblemCount() + "个，制定整改措施" + measures.size() + "条，截至2026年3月1日，已完成"
                + done + "条，完成率" + rate + "%";
        List<String> expected = new ArrayList<>(List.of(statistics));
        for (Measure measure : measures) {
            expected.add(Fixtures.withoutSpace(measure.getHeadline()));
            if (!measure.getProgress().isEmpty()) {
                String last = measure.getProgress().get(measure.getProgress().size() - 1).getText();
                if (last != null && !last.isBlank()) {
                    expected.add(Fixtures.withoutSpace(last));
                }
            }
        }
        expected.add("三、尚未完成的事项及原因");
        measures.stream()
                .filter(m -> m.getStatus() == MeasureStatus.PLANNED || m.getStatus() == MeasureStatus.IN_PROGRESS)
                .forEach(m -> expected.add(Fixtures.withoutSpace(m.getHeadline()) + "（责任单位："));
        expected.add("四、下一步工作");
        assertHoldsInOrder(EXAMPLE_DOCUMENTS.get(DocumentKind.REPORT), expected);
    }

    @Test
    void theListsAreThreeTablesOfTheLedger() throws IOException {
        try (InputStream in = Files.newInputStream(EXAMPLE_DOCUMENTS.get(DocumentKind.LISTS));
                XWPFDocument document = new XWPFDocument(in)) {
            assertEquals(3, document.getTables().size(), "the problem, task and responsibility lists");
            long problemsWithMeasures = example.getReview().getAspects().stream().flatMap(a -> a.getProblems().stream())
                    .filter(p -> !p.getMeasures().isEmpty()).count();
            assertEquals(problemsWithMeasures + 1, document.getTables().get(0).getNumberOfRows());
            assertEquals(measures(example).size() + 1, document.getTables().get(1).getNumberOfRows());
            assertTrue(document.getTables().get(2).getNumberOfRows() > 1);
        }
        assertHoldsInOrder(EXAMPLE_DOCUMENTS.get(DocumentKind.LISTS), measures(example).stream()
                .map(m -> Fixtures.withoutSpace(m.getHeadline())).toList());
    }

    @Test
    void theMeetingReportTellsPreparationMeetingCriticismsAndRectification() throws IOException {
        assertHoldsInOrder(MEETING_DOCUMENTS.get(DocumentKind.MEETING), List.of("一、会前准备情况",
                "查摆问题" + meeting.getProblemCount() + "个，剖析原因" + meeting.getCauseCount() + "条，制定整改措施"
                        + meeting.getMeasureCount() + "条",
                "二、会议召开情况", "三、开展批评和自我批评情况", "四、整改落实安排",
                "针对查摆出的" + meeting.getProblemCount() + "个问题",
                Fixtures.withoutSpace(meeting.getReview().getDirections().get(0).getHeading())));
    }

    @Test
    void everyDocumentHasItsTitleAndNoPlaceholderLeft() throws IOException {
        for (Path document : List.copyOf(PDFS.keySet())) {
            String text = wordText(document);
            assertTrue(!text.contains("{{") && !text.contains("}}"), document.getFileName() + " has placeholders left");
            String pdf = pdfText(PDFS.get(document));
            assertTrue(pdf.contains("— 1 —") || pdf.contains("—1—") || pdf.replace(" ", "").contains("—1—"),
                    document.getFileName() + " is numbered: " + pdf.substring(Math.max(0, pdf.length() - 100)));
        }
    }
}
