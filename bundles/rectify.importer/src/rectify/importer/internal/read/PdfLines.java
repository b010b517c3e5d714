package rectify.importer.internal.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text of a PDF as PDFBox sees them in reading order (sorted by position), each
 * with where it is on its page: its left and right ends, its top and bottom, and its font size.
 */
final class PdfLines extends PDFTextStripper {

    /**
     * A line of text.
     *
     * @param text the text, with the spaces PDFBox put between the words
     * @param left its left end, in points from the left edge
     * @param right its right end
     * @param top its top, in points from the top edge
     * @param bottom its baseline
     * @param size its largest font size
     */
    record Line(String text, float left, float right, float top, float bottom, float size) {
    }

    /** A page: its height and its lines from top to bottom. */
    record Page(float height, List<Line> lines) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float left;
    private float right;
    private float top;
    private float bottom;
    private float size;

    PdfLines() {
        setSortByPosition(true);
    }

    /** @return the pages of the document with their lines */
    List<Page> read(PDDocument pdf) throws IOException {
        writeText(pdf, Writer.nullWriter());
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pages.add(new Page(page.getCropBox().getHeight(), new ArrayList<>()));
        clear();
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        for (TextPosition position : positions) {
            float x = position.getXDirAdj();
            float y = position.getYDirAdj();
            left = Math.min(left, x);
            right = Math.max(right, x + position.getWidthDirAdj());
            top = Math.min(top, y - position.getHeightDir());
            bottom = Math.max(bottom, y);
            size = Math.max(size, position.getFontSizeInPt());
        }
        text.append(string);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
    }

    private void endLine() {
        if (!pages.isEmpty() && !text.toString().isBlank()) {
            pages.get(pages.size() - 1).lines().add(new Line(text.toString(), left, right, top, bottom, size));
        }
        clear();
    }

    private void clear() {
        text.setLength(0);
        left = Float.MAX_VALUE;
        right = -Float.MAX_VALUE;
        top = Float.MAX_VALUE;
        bottom = -Float.MAX_VALUE;
        size = 0;
    }
}
