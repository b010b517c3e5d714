package rectify.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The material of the sample's 2021 meeting in the layout of GB/T 9704: what the Word file says
 * (page, type area, document grid, fonts by the names Word and WPS know, heading styles, footers
 * with the page number odd right and even left), and what LibreOffice makes of it (22 lines of 28
 * characters on a full page, the page numbers where they belong).
 */
class OfficialLayoutTest {

    private static final float MM = 72f / 25.4f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*(\\d+)\\s*—");

    @TempDir
    static Path dir;
    private static Path material;
    private static Path pdf;

    @BeforeAll
    static void write() throws Exception {
        material = Fixtures.writer().write(Fixtures.sampleMeeting(Fixtures.sampleRegister()), DocumentKind.MATERIAL,
                dir.resolve("material.docx"), Fixtures.TODAY, null);
        pdf = Fixtures.convertWithLibreOffice(List.of(material), Files.createDirectory(dir.resolve("pdf"))).get(0);
    }

    private static String part(String name) throws IOException {
        try (ZipFile zip = new ZipFile(material.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String attribute(String xml, String element, String attribute) {
        Matcher matcher = Pattern.compile("<" + element + "\\b[^>]*\\b" + attribute + "=\"([^\"]*)\"").matcher(xml);
        assertTrue(matcher.find(), element + " has " + attribute);
        return matcher.group(1);
    }

    private static String style(String styles, String id) {
        Matcher matcher = Pattern.compile("<w:style [^>]*w:styleId=\"" + id + "\".*?</w:style>").matcher(styles);
        assertTrue(matcher.find(), "the style " + id);
        return matcher.group();
    }

    /** A4, margins of 37, 26, 35 and 28 mm around 156 × 225 mm, and the grid of 22 lines of 28 characters. */
    @Test
    void theSectionIsA4WithTheTypeAreaAndTheDocumentGrid() throws IOException {
        String document = part("word/document.xml");
        assertEquals("11906", attribute(document, "w:pgSz", "w:w"));
        assertEquals("16838", attribute(document, "w:pgSz", "w:h"));
        int top = Integer.parseInt(attribute(document, "w:pgMar", "w:top"));
        int bottom = Integer.parseInt(attribute(document, "w:pgMar", "w:bottom"));
        int left = Integer.parseInt(attribute(document, "w:pgMar", "w:left"));
        int right = Integer.parseInt(attribute(document, "w:pgMar", "w:right"));
        assertEquals(156, (11906 - left - right) * 25.4 / 1440, 0.1, "type area width, mm");
        assertEquals(225, (16838 - top - bottom) * 25.4 / 1440, 0.1, "type area height, mm");
        assertEquals(37, top * 25.4 / 1440, 0.1);
        assertEquals("linesAndChars", attribute(document, "w:docGrid", "w:type"));
        int linePitch = Integer.parseInt(attribute(document, "w:docGrid", "w:linePitch"));
        assertEquals(22, (16838 - top - bottom) / linePitch, "lines on a page");
        double charPitch = 16 + Integer.parseInt(attribute(document, "w:docGrid", "w:charSpace")) / 4096.0;
        assertEquals(28, (int) ((11906 - left - right) / 20.0 / charPitch + 0.01), "characters on a line");
    }

    @Test
    void theStylesUseTheOfficialFontsAndSizesByTheNamesWordAndWpsKnow() throws IOException {
        String styles = part("word/styles.xml");
        String title = style(styles, "Title");
        assertTrue(title.contains("w:eastAsia=\"方正小标宋简体\"") && title.contains("<w:sz w:val=\"44\"/>"),
                "2号 小标宋: " + title);
        String normal = style(styles, "Normal");
        assertTrue(normal.contains("w:eastAsia=\"仿宋_GB2312\"") && normal.contains("<w:sz w:val=\"32\"/>"),
                "3号 仿宋: " + normal);
        String heading1 = style(styles, "Heading1");
        assertTrue(heading1.contains("w:eastAsia=\"黑体\"") && heading1.contains("<w:outlineLvl w:val=\"0\"/>")
                && heading1.contains("w:val=\"heading 1\""), "Word's heading 1 in 黑体: " + heading1);
        String heading2 = style(styles, "Heading2");
        assertTrue(heading2.contains("w:eastAsia=\"楷体_GB2312\"") && heading2.contains("<w:outlineLvl w:val=\"1\"/>")
                && heading2.contains("w:val=\"heading 2\""), "Word's heading 2 in 楷体: " + heading2);
        String fonts = part("word/fontTable.xml");
        for (String[] font : new String[][] { { "仿宋_GB2312", "仿宋" }, { "楷体_GB2312", "楷体" }, { "方正小标宋简体", "方正小标宋_GBK" },
                { "黑体", "SimHei" } }) {
            assertTrue(fonts.contains("<w:font w:name=\"" + font[0] + "\"><w:altName w:val=\"" + font[1] + "\"/>"),
                    font[0] + " falls back to " + font[1]);
        }
        assertTrue(fonts.contains("<w:charset w:val=\"86\"/>"), "GB 2312 character set");
    }

    @Test
    void theFootersNumberOddPagesOnTheRightAndEvenPagesOnTheLeft() throws IOException {
        assertTrue(part("word/settings.xml").contains("<w:evenAndOddHeaders/>"));
        String document = part("word/document.xml");
        assertTrue(document.contains("<w:footerReference w:type=\"default\"")
                && document.contains("<w:footerReference w:type=\"even\""));
        String odd = part("word/footer1.xml");
        String even = part("word/footer2.xml");
        assertTrue(odd.contains("<w:jc w:val=\"right\"/>") && odd.contains(" PAGE ") && odd.contains("— "), odd);
        assertTrue(even.contains("<w:jc w:val=\"left\"/>") && even.contains(" PAGE ") && even.contains("— "), even);
    }

    /**
     * Full pages as LibreOffice lays them out: 22 lines in the type area; most lines hold 28
     * characters (a line ends early where a paragraph does, or where punctuation may not start the
     * next line; compressed punctuation lets one more in).
     */
    @Test
    void libreOfficeSets22LinesOf28CharactersAndThePageNumbers() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 8, "pages: " + document.getNumberOfPages());
            int fullPages = 0;
            java.util.Map<Long, Integer> lengths = new TreeMap<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                TreeMap<Integer, List<TextPosition>> lines = lines(document, page);
                List<TextPosition> last = lines.lastEntry().getValue();
                String number = text(last);
                Matcher matcher = PAGE_NUMBER.matcher(number);
                assertTrue(matcher.matches(), "page " + page + " ends with its number: " + number);
                assertEquals(page, Integer.parseInt(matcher.group(1)));
                float right = (last.get(last.size() - 1).getXDirAdj() + last.get(last.size() - 1).getWidthDirAdj())
                        / MM;
                float left = last.get(0).getXDirAdj() / MM;
                if (page % 2 == 1) {
                    assertTrue(right > 175 && right <= 184,
                            "odd page " + page + ": the number on the right, " + right + " mm");
                } else {
                    assertTrue(left >= 28 && left < 37,
                            "even page " + page + ": the number on the left, " + left + " mm");
                }
                lines.remove(lines.lastKey());
                if (page > 1 && page < document.getNumberOfPages()) {
                    fullPages++;
                    assertEquals(22, lines.size(), "lines of page " + page);
                    for (List<TextPosition> line : lines.values()) {
                        float top = line.get(0).getYDirAdj() / MM;
                        assertTrue(top > 37 && top < 37 + 225 + 2, "within the type area: " + top + " mm");
                        lengths.merge(line.stream().filter(t -> t.getUnicode().codePointAt(0) > 0x2000).count(), 1,
                                Integer::sum);
                    }
                }
            }
            assertTrue(fullPages >= 5, "full pages: " + fullPages);
            long usual = lengths.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertEquals(28, usual,
                    "the characters of a usual line (lines by their number of characters: " + lengths + ")");
        }
    }

    private static String text(List<TextPosition> line) {
        StringBuilder text = new StringBuilder();
        line.forEach(t -> text.append(t.getUnicode()));
        return text.toString().strip();
    }

    /** The glyphs of a page by line: keyed by their baseline in tenths of a millimetre, left to right. */
    private static TreeMap<Integer, List<TextPosition>> lines(PDDocument document, int page) throws IOException {
        TreeMap<Integer, List<TextPosition>> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    lines.computeIfAbsent(Math.round(text.getYDirAdj() / MM * 2), y -> new ArrayList<>()).add(text);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        lines.values().forEach(line -> line.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj())));
        return lines;
    }
}
