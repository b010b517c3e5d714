package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.outlines.CT_OutlineElem;
import org.ofdrw.core.basicStructure.outlines.Outlines;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * The sample record archived as OFD, read back with ofdrw's reader: the same pages as its PDF/A,
 * every sentence of the document in order, each font embedded with the characters drawn with it,
 * the bookmarks of the PDF/A, the archival stamp and the metadata.
 */
class OfdArchiveTest {

    @TempDir
    static Path dir;
    private static ArchiveResult ofd;
    private static ArchiveResult pdf;
    private static OFDReader reader;
    private static String title;

    @BeforeAll
    static void archive() throws IOException {
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            var meeting = Fixtures.sampleMeeting(Fixtures.sampleRegister());
            title = meeting.getReview().getTitle();
            ofd = archiver.archive(meeting, dir.resolve("2021.ofd"), ArchiveFormat.OFD, null);
            pdf = archiver.archive(meeting, dir.resolve("2021.pdf"), ArchiveFormat.PDF, null);
        }
        reader = new OFDReader(ofd.file());
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void hasThePagesOfThePdf() {
        assertTrue(pdf.pages() > 5, "pages: " + pdf.pages());
        assertEquals(pdf.pages(), ofd.pages());
        assertEquals(pdf.pages(), reader.getNumberOfPages());
        var size = reader.getPageSize(1);
        assertEquals(210, size.getWidth(), 0.1);
        assertEquals(297, size.getHeight(), 0.1);
    }

    @Test
    void holdsEverySentenceInOrderAndNumbersItsPages() {
        ContentExtractor extractor = new ContentExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            List<String> lines = lines(extractor.getPageTextObject(page));
            String number = lines.get(lines.size() - 1).strip();
            var matcher = Pdfs.PAGE_NUMBER.matcher(number);
            assertTrue(matcher.matches(), "page " + page + " is numbered below its text: " + number);
            assertEquals(page, Integer.parseInt(matcher.group(1)));
            lines.subList(0, lines.size() - 1).forEach(line -> text.append(Fixtures.withoutSpace(line)));
        }
        Fixtures.assertHoldsEverySentenceInOrder(text);
    }

    /** Every glyph of the OFD is where the PDF/A draws the same glyph, to a tenth of a millimetre, on every page. */
    @Test
    void drawsEachGlyphWhereThePdfDrawsIt() throws IOException {
        ContentExtractor extractor = new ContentExtractor(reader);
        int compared = 0;
        try (PDDocument document = Loader.loadPDF(pdf.file().toFile())) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                List<Pdfs.Glyph> glyphs = Pdfs.glyphs(document, page);
                for (TextObject object : extractor.getPageTextObject(page)) {
                    for (TextCode code : object.getTextCodes()) {
                        double x = code.getX();
                        double y = code.getY();
                        String first = code.getContent().substring(0, code.getContent().offsetByCodePoints(0, 1));
                        boolean found = glyphs.stream()
                                .anyMatch(g -> g.text().equals(first) && Math.abs(g.x() / Pdfs.MM - x) < 0.1
                                        && Math.abs(g.baseline() / Pdfs.MM - y) < 0.1);
                        assertTrue(found, "page " + page + ": " + code.getContent() + " at " + x + ", " + y
                                + " mm as in the PDF");
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 400, "text objects compared: " + compared);
    }

    /** The stamp's values in the top margin of page 1, as in the PDF/A. */
    @Test
    void carriesTheArchivalStamp() throws IOException {
        StringBuilder inPdf = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.file().toFile())) {
            Pdfs.glyphs(document, 1).stream().filter(g -> g.baseline() < 37 * Pdfs.MM)
                    .forEach(g -> inPdf.append(g.text()));
        }
        StringBuilder inOfd = new StringBuilder();
        for (TextObject object : new ContentExtractor(reader).getPageTextObject(1)) {
            for (TextCode code : object.getTextCodes()) {
                if (code.getY() < 37) {
                    inOfd.append(code.getContent());
                }
            }
        }
        assertTrue(inPdf.toString().endsWith(Integer.toString(pdf.pages())), "the stamp counts the pages: " + inPdf);
        assertEquals(inPdf.toString(), inOfd.toString());
    }

    /** Each font's file is in the package, is TrueType, and has every character drawn with it. */
    @Test
    void embedsEachFontWithTheCharactersDrawnWithIt() throws IOException {
        List<CT_Font> fonts = reader.getResMgt().getFonts();
        assertTrue(fonts.size() >= 2, "title, body and headings have their fonts: " + fonts.size());
        Map<Long, StringBuilder> drawn = new HashMap<>();
        for (TextObject text : new ContentExtractor(reader).extractAllTextObject()) {
            StringBuilder characters = drawn.computeIfAbsent(text.getFont().getRefId().getId(),
                    id -> new StringBuilder());
            for (TextCode code : text.getTextCodes()) {
                characters.append(code.getContent());
            }
        }
        try (ZipFile zip = new ZipFile(ofd.file().toFile())) {
            for (CT_Font font : fonts) {
                assertNotNull(font.getFontFile(), "embedded: " + font.getFontName());
                String name = font.getFontFile().getLoc().replaceFirst("^/", "");
                ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith("/" + name) || e.getName().equals(name))
                        .findFirst().orElse(null);
                assertNotNull(entry, "the package holds " + name);
                try (InputStream in = zip.getInputStream(entry);
                        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    var cmap = ttf.getUnicodeCmapLookup();
                    String characters = drawn.getOrDefault(font.getID().getId(), new StringBuilder()).toString();
                    assertFalse(characters.isEmpty(), "the font is used: " + font.getFontName());
                    characters.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> assertTrue(
                            cmap.getGlyphId(c) != 0, font.getFontName() + " has " + Character.toString(c)));
                    assertTrue(ttf.getNumberOfGlyphs() < 5000, "a subset: " + ttf.getNumberOfGlyphs() + " glyphs");
                }
            }
        }
    }

    @Test
    void hasTheBookmarksOfThePdf() throws Exception {
        List<String> pdfTitles = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.file().toFile())) {
            titles(document.getDocumentCatalog().getDocumentOutline(), pdfTitles);
        }
        List<String> ofdTitles = new ArrayList<>();
        Outlines outlines = reader.cdDefaultDoc().getOutlines();
        assertNotNull(outlines, "the OFD has bookmarks");
        for (CT_OutlineElem item : outlines.getOutlineElems()) {
            titles(item, ofdTitles);
        }
        assertTrue(pdfTitles.size() > 10, "bookmarks: " + pdfTitles);
        assertEquals(pdfTitles, ofdTitles);
    }

    @Test
    void describesItself() throws Exception {
        CT_DocInfo info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
        assertEquals(title, info.getTile());
        assertNotNull(info.getCreationDate());
        assertEquals(Integer.toString(ofd.pages()), info.getCustomDatas().getCustomDataValue("pageCount"));
        assertNotNull(info.getCustomDatas().getCustomDataValue("recordId"));
    }

    /** The text of a page line by line, as a reader reads it: top to bottom, each line left to right. */
    private static List<String> lines(List<TextObject> objects) {
        record Piece(double y, double x, String text) {
        }
        List<Piece> pieces = new ArrayList<>();
        for (TextObject object : objects) {
            for (TextCode code : object.getTextCodes()) {
                pieces.add(new Piece(Math.round(code.getY() * 2) / 2.0, code.getX(), code.getContent()));
            }
        }
        pieces.sort(Comparator.comparingDouble(Piece::y).thenComparingDouble(Piece::x));
        List<String> lines = new ArrayList<>();
        double y = Double.NaN;
        for (Piece piece : pieces) {
            if (piece.y() != y) {
                lines.add("");
                y = piece.y();
            }
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + piece.text());
        }
        return lines;
    }

    private static void titles(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            titles(item, titles);
        }
    }

    private static void titles(CT_OutlineElem item, List<String> titles) {
        titles.add(item.getTitle());
        for (CT_OutlineElem child : item.getOutlineElems()) {
            titles(child, titles);
        }
    }
}
