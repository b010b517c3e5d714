package rectify.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads archives back as a reader would: text by page and line, glyphs with their positions. */
final class Pdfs {

    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;
    /** A page number line, "— 3 —". */
    static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*(\\d+)\\s*—");

    /**
     * A glyph as drawn.
     *
     * @param text its text
     * @param x left edge, from the left of the page, in points
     * @param baseline from the top of the page, in points
     * @param width its advance, in points
     * @param size the font size
     * @param font the font
     */
    record Glyph(String text, float x, float baseline, float width, float size, PDFont font) {
    }

    private Pdfs() {
    }

    /** @return the text of a page (1-based), by lines in reading order */
    static List<String> lines(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).lines().toList();
    }

    /** @return the glyphs of a page (1-based) */
    static List<Glyph> glyphs(PDDocument document, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(new Glyph(text.getUnicode(), text.getX(), text.getY(), text.getWidth(),
                        text.getFontSizeInPt(), text.getFont()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }
}
