package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.archive.Pdfs.Glyph;

/**
 * The archive of the sample document in the layout of GB/T 9704-2012, measured on the PDF:
 * fonts embedded as subsets, the type area, page numbers, every sentence in order, Chinese line
 * breaking.
 */
class OfficialLayoutTest {

    private static final float TYPE_LEFT = 28;
    private static final float TYPE_TOP = 37;
    private static final float TYPE_WIDTH = 156;
    private static final float TYPE_HEIGHT = 225;
    private static final float TOLERANCE = 1;
    private static final int DPI = 150;
    private static final int BODY_LINES = 22;
    private static final int CHARACTERS = 28;
    private static final String NO_LINE_START = "。，、；：？！）》」』’”…";
    private static final String NO_LINE_END = "（《「『‘“";

    @TempDir
    static Path dir;
    private static PDDocument pdf;
    private static ArchiveResult result;

    @BeforeAll
    static void archive() throws IOException {
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            result = archiver.archive(Fixtures.sampleMeeting(Fixtures.sampleRegister()), dir.resolve("2021.pdf"), null);
        }
        pdf = Loader.loadPDF(result.file().toFile());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font instanceof PDType0Font, "a composite font: " + font.getName());
                PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                assertTrue(font.isEmbedded(), "embedded: " + font.getName());
                assertNotNull(cid.getFontDescriptor().getFontFile2(), "TrueType outlines embedded: " + font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "a subset: " + font.getName());
                fonts.add(font.getName().substring(7));
            }
        }
        assertTrue(new TreeSet<>(fonts).size() >= 2,
                "title, body and headings use their fonts: " + new TreeSet<>(fonts));
    }

    @Test
    void eachPageIsNumberedOnTheRightWhenOddAndOnTheLeftWhenEven() throws IOException {
        assertEquals(pdf.getNumberOfPages(), result.pages());
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            List<Glyph> number = Pdfs.glyphs(pdf, page).stream()
                    .filter(g -> g.baseline() > (TYPE_TOP + TYPE_HEIGHT) * Pdfs.MM).toList();
            StringBuilder text = new StringBuilder();
            number.forEach(g -> text.append(g.text()));
            Matcher matcher = Pdfs.PAGE_NUMBER.matcher(text.toString().strip());
            assertTrue(matcher.matches(), "page " + page + " is numbered: " + text);
            assertEquals(page, Integer.parseInt(matcher.group(1)));
            float left = number.get(0).x() / Pdfs.MM;
            Glyph last = number.get(number.size() - 1);
            float right = (last.x() + last.width()) / Pdfs.MM;
            float oneCharacter = 14 / Pdfs.MM;
            if (page % 2 == 1) {
                assertEquals(TYPE_LEFT + TYPE_WIDTH - oneCharacter, right, TOLERANCE,
                        "odd page " + page + ", right edge");
            } else {
                assertEquals(TYPE_LEFT + oneCharacter, left, TOLERANCE, "even page " + page + ", left edge");
            }
            float emTop = number.get(0).baseline() / Pdfs.MM - 0.88f * 14 / Pdfs.MM;
            assertEquals(TYPE_TOP + TYPE_HEIGHT + 7, emTop, TOLERANCE, "7 mm below the type area, page " + page);
        }
    }

    /**
     * On every page of 22 body lines, the ink of the page above the page number, found by
     * rendering it, fills the type area to within a millimetre on each side.
     */
    @Test
    void fullPagesFillTheTypeArea() throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        int measured = 0;
        for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
            if (bodyLines(page) != BODY_LINES) {
                continue;
            }
            BufferedImage image = renderer.renderImageWithDPI(page - 1, DPI);
            float[] ink = ink(image, (TYPE_TOP + TYPE_HEIGHT + 3) * DPI / 25.4f);
            String where = "page " + page + " (ink from " + ink[0] + "," + ink[1] + " to " + ink[2] + "," + ink[3]
                    + " mm)";
            assertEquals(TYPE_LEFT, ink[0], TOLERANCE, "left edge, " + where);
            assertEquals(TYPE_TOP, ink[1], TOLERANCE, "top edge, " + where);
            assertEquals(TYPE_LEFT + TYPE_WIDTH, ink[2], TOLERANCE, "right edge, " + where);
            assertEquals(TYPE_TOP + TYPE_HEIGHT, ink[3], TOLERANCE, "bottom edge, " + where);
            measured++;
        }
        assertTrue(measured >= 5, "full pages measured: " + measured);
    }

    /** The number of lines of 16 pt text within the type area of a page. */
    private static int bodyLines(int page) throws IOException {
        return (int) Pdfs.glyphs(pdf, page).stream()
                .filter(g -> Math.abs(g.size() - 16) < 0.1 && g.baseline() < (TYPE_TOP + TYPE_HEIGHT) * Pdfs.MM)
                .map(g -> Math.round(g.baseline())).distinct().count();
    }

    /** @return left, top, right, bottom of the non-white pixels above a height, in millimetres */
    private static float[] ink(BufferedImage image, float limit) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < Math.min(image.getHeight(), limit); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int darkness = 255 - Math.min(rgb >> 16 & 0xFF, Math.min(rgb >> 8 & 0xFF, rgb & 0xFF));
                if (darkness > 96) {
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y + 1);
                }
            }
        }
        float mm = 25.4f / DPI;
        return new float[] { left * mm, top * mm, right * mm, bottom * mm };
    }

    @Test
    void everySentenceOfTheDocumentIsInTheTextInOrder() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            for (String line : Pdfs.lines(pdf, page)) {
                if (!Pdfs.PAGE_NUMBER.matcher(line.strip()).matches()) {
                    text.append(Fixtures.withoutSpace(line));
                }
            }
        }
        Fixtures.assertHoldsEverySentenceInOrder(text);
    }

    @Test
    void noLineBeginsWithClosingOrEndsWithOpeningPunctuation() throws IOException {
        int lines = 0;
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            for (String line : Pdfs.lines(pdf, page)) {
                for (String piece : line.strip().split("[\\s\\u00A0]+")) {
                    if (piece.isEmpty()) {
                        continue;
                    }
                    lines++;
                    assertTrue(NO_LINE_START.indexOf(piece.charAt(0)) < 0,
                            "page " + page + " begins a line with: " + piece);
                    assertTrue(NO_LINE_END.indexOf(piece.charAt(piece.length() - 1)) < 0,
                            "page " + page + " ends a line with: " + piece);
                }
            }
        }
        assertTrue(lines > 300, "lines checked: " + lines);
    }

    /**
     * Every unindented, justified body line of full-width characters holds 28 of them edge to edge,
     * or 27 when Chinese line breaking moved something down: an opening punctuation mark or a Latin
     * word that begins the next line, or the character before a closing mark that is second on it.
     */
    @Test
    void bodyLinesHoldTwentyEightCharacters() throws IOException {
        int full = 0;
        for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
            List<Glyph> glyphs = Pdfs.glyphs(pdf, page).stream().filter(g -> Math.abs(g.size() - 16) < 0.1).toList();
            List<Float> baselines = glyphs.stream().map(Glyph::baseline).distinct().toList();
            for (int i = 0; i < baselines.size() - 1; i++) {
                float baseline = baselines.get(i);
                List<Glyph> line = glyphs.stream().filter(g -> g.baseline() == baseline).toList();
                Glyph last = line.get(line.size() - 1);
                boolean fullWidth = line.stream().allMatch(g -> g.text().codePointAt(0) >= 0x2E80);
                boolean edgeToEdge = Math.abs(line.get(0).x() / Pdfs.MM - TYPE_LEFT) < TOLERANCE
                        && Math.abs((last.x() + last.width()) / Pdfs.MM - TYPE_LEFT - TYPE_WIDTH) < TOLERANCE;
                if (!fullWidth || !edgeToEdge) {
                    continue;
                }
                float next = baselines.get(i + 1);
                String nextStart = glyphs.stream().filter(g -> g.baseline() == next).limit(2).map(Glyph::text)
                        .reduce("", String::concat);
                String text = line.stream().map(Glyph::text).reduce("", String::concat);
                if (line.size() == CHARACTERS) {
                    full++;
                } else {
                    boolean movedDown = NO_LINE_END.indexOf(nextStart.charAt(0)) >= 0 || nextStart.charAt(0) < 0x2000
                            || nextStart.length() == 2 && NO_LINE_START.indexOf(nextStart.charAt(1)) >= 0;
                    assertTrue(line.size() == CHARACTERS - 1 && movedDown,
                            "page " + page + ", " + line.size() + " characters: " + text + " / " + nextStart);
                }
            }
        }
        assertTrue(full >= 100, "lines of 28 characters: " + full);
    }
}
