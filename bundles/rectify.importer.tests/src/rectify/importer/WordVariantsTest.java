package rectify.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import rectify.importer.Finding.Kind;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Review;

/**
 * The sample made into Word documents here, with POI: numbered by Word's automatic numbering
 * (labels not in the text), with headings in Word heading styles (numbers nowhere), with soft
 * line breaks and a table.
 */
class WordVariantsTest {

    private static final String CHINESE = "chineseCounting";
    private static final String DECIMAL = "decimal";

    @TempDir
    Path dir;

    private int lists;

    /** @return the id of a new list whose levels are "format|text" */
    private BigInteger list(XWPFNumbering numbering, String... levels) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(++lists));
        for (int i = 0; i < levels.length; i++) {
            String[] level = levels[i].split("\\|");
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(level[0]));
            lvl.addNewLvlText().setVal(level[1]);
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
    }

    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, BigInteger numId, int ilvl) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        CTPPrGeneral properties = style.addNewPPr();
        if (outlineLevel >= 0) {
            properties.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        if (numId != null) {
            properties.addNewNumPr().addNewNumId().setVal(numId);
            properties.getNumPr().addNewIlvl().setVal(BigInteger.valueOf(ilvl));
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void numbered(XWPFParagraph paragraph, BigInteger numId, int level) {
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
    }

    private Path save(XWPFDocument document, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); document) {
            document.write(out);
        }
        return file;
    }

    private static void assertWhole(ImportResult result) {
        Record record = result.record();
        assertEquals(List.of(5, 15, 5, 4, 12), List.of(record.getAspectCount(), record.getProblemCount(),
                record.getCauseCount(), record.getDirectionCount(), record.getMeasureCount()), result.report()::toText);
        assertEquals(List.of(), Documents.missing(record, Documents.sampleLines()), result.report()::toText);
    }

    private static String withoutLabel(String line) {
        return line.replaceFirst("^(?:[一二三]、|[（(][一二三四五][）)]|[0-9]\\.)", "");
    }

    /** The part of the sample a line belongs to: 0 preamble, 1 problems, 2 causes, 3 directions. */
    private static int[] parts(List<String> lines) {
        int[] parts = new int[lines.size()];
        int part = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^[一二三]、.*")) {
                part++;
            }
            parts[i] = part;
        }
        return parts;
    }

    @Test
    void wordAutomaticNumberingGivesTheLabelsThatAreNotInTheText() throws IOException {
        List<String> lines = Documents.sampleLines();
        int[] parts = parts(lines);
        XWPFDocument document = new XWPFDocument();
        XWPFNumbering numbering = document.createNumbering();
        BigInteger partList = list(numbering, CHINESE + "|%1、");
        BigInteger problemList = list(numbering, CHINESE + "|（%1）", DECIMAL + "|%2.");
        BigInteger causeList = list(numbering, CHINESE + "|（%1）");
        BigInteger measureList = list(numbering, CHINESE + "|（%1）", DECIMAL + "|%2.");
        XWPFStyles styles = document.createStyles();
        style(styles, "Problem", "问题条目", -1, problemList, 1);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            XWPFParagraph paragraph = paragraph(document, withoutLabel(line));
            boolean item = line.matches("^[0-9]\\..*");
            if (line.matches("^[一二三]、.*")) {
                numbered(paragraph, partList, 0);
            } else if (parts[i] == 1 && item) {
                paragraph.setStyle("Problem");
            } else if (parts[i] == 1) {
                numbered(paragraph, problemList, 0);
            } else if (parts[i] == 2 && !line.endsWith("：")) {
                numbered(paragraph, causeList, 0);
            } else if (parts[i] == 3) {
                numbered(paragraph, measureList, item ? 1 : 0);
            }
        }
        ImportResult result = DocumentImport.read(save(document, "numbered.docx"));
        assertWhole(result);
        Review review = result.record().getReview();
        assertEquals(List.of("（一）", "（二）", "（三）", "（四）", "（五）"),
                review.getAspects().stream().map(Aspect::getLabel).toList());
        assertEquals(List.of("（一）", "（二）", "（三）", "（四）"),
                review.getDirections().stream().map(Direction::getLabel).toList());
        assertTrue(review.getAspects().stream().allMatch(a -> a.getProblems().stream().map(Problem::getNumber).toList()
                .equals(List.of(1, 2, 3))), "problem numbers start again under each aspect");
        assertEquals(List.of(1, 2, 3, 4, 5), review.getCauses().stream().map(Cause::getNumber).toList());
        assertEquals(Documents.sampleMeeting().getReview().getAspects().get(1).getTitle(),
                review.getAspects().get(1).getTitle());
        assertEquals("存在的主要问题", review.getProblemsHeading());
        assertEquals(List.of(), result.report().findings(Kind.INFERRED), "no label is missing now");
        assertTrue(result.report().toText().contains("44"), result.report()::toText);
    }

    @Test
    void headingsInWordHeadingStylesNeedNoNumbers() throws IOException {
        List<String> lines = Documents.sampleLines();
        int[] parts = parts(lines);
        List<String> partHeadings = List.of("班子存在的突出问题", "产生问题的根源", "今后的努力方向和整改措施");
        XWPFDocument document = new XWPFDocument();
        XWPFStyles styles = document.createStyles();
        style(styles, "Title", "Title", -1, null, 0);
        style(styles, "Heading1", "heading 1", -1, null, 0);
        style(styles, "Aspect", "标题 2", -1, null, 0);
        style(styles, "Direction", "方向标题", 1, null, 0);
        paragraph(document, "XX厅领导班子2021年度民主生活会对照检查材料").setStyle("Title");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean item = line.matches("^[0-9]\\..*");
            if (line.matches("^[一二三]、.*")) {
                paragraph(document, partHeadings.get(parts[i] - 1)).setStyle("Heading1");
            } else if (parts[i] == 1 && !item) {
                paragraph(document, withoutLabel(line)).setStyle("Aspect");
            } else if (parts[i] == 3 && !item) {
                paragraph(document, withoutLabel(line)).setStyle("Direction");
            } else {
                paragraph(document, line);
            }
        }
        ImportResult result = DocumentImport.read(save(document, "headings.docx"));
        Record record = result.record();
        assertEquals(List.of(5, 15, 5, 4, 12), List.of(record.getAspectCount(), record.getProblemCount(),
                record.getCauseCount(), record.getDirectionCount(), record.getMeasureCount()), result.report()::toText);
        Review review = record.getReview();
        assertEquals("XX厅领导班子2021年度民主生活会对照检查材料", review.getTitle());
        assertEquals(partHeadings,
                List.of(review.getProblemsHeading(), review.getCausesHeading(), review.getDirectionsHeading()));
        assertTrue(review.getAspects().stream().allMatch(a -> a.getLabel().isEmpty()));
        assertEquals(Documents.sampleMeeting().getReview().getDirections().get(3).getHeading(),
                review.getDirections().get(3).getHeading());
        assertEquals(List.of(3, 24, 31),
                result.report().findings(Kind.INFERRED).stream().map(Finding::position).toList(),
                "only the part headings, which have no number, are inferred");
        assertEquals(List.of(), review.getNotes());
    }

    @Test
    void softLineBreaksAndTables() throws IOException {
        List<String> lines = Documents.sampleLines();
        XWPFDocument document = new XWPFDocument();
        for (String line : lines) {
            int example = line.indexOf("还比如：");
            if (example < 0) {
                paragraph(document, line);
            } else {
                XWPFRun run = document.createParagraph().createRun();
                run.setText(line.substring(0, example));
                run.addBreak();
                run.setText(line.substring(example), 1);
            }
        }
        document.createTable(1, 1).getRow(0).getCell(0).setText("中共XX省XX厅委员会");
        ImportResult result = DocumentImport.read(save(document, "breaks.docx"));
        assertWhole(result);
        Problem broken = result.record().getReview().getAspects().get(2).getProblems().get(2);
        assertEquals(2, broken.getExamples().size());
        assertEquals(List.of("中共XX省XX厅委员会"), result.record().getReview().getNotes());
        List<Measure> last = result.record().getReview().getDirections().get(3).getMeasures();
        assertEquals(3, last.size());
    }
}
