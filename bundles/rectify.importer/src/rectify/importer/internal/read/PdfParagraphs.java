package rectify.importer.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import rectify.importer.Finding;
import rectify.importer.Finding.Kind;
import rectify.importer.internal.Messages;

/**
 * The paragraphs of a PDF made from its lines as a reader sees them: page numbers such as
 * "— 3 —" and running headers and footers (the same line at the top or the bottom of several
 * pages) are left out; a line continues the paragraph before it unless it is indented, a wider
 * gap or another font size sets it apart, or (in documents whose paragraphs are neither indented
 * nor spaced apart, and at the top of a page) the line before it ends short of the margin, or (at
 * the top of a page of such a document) it ends a sentence; and
 * the spaces PDF tools put between Chinese and Latin letters or digits are removed.
 */
final class PdfParagraphs {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－―~～·•\\s]*(?:第\\s*)?[0-9０-９]{1,4}(?:\\s*页)?(?:\\s*[/／]\\s*[0-9]{1,4}|\\s*[，,]?\\s*共\\s*[0-9]{1,4}\\s*页)?[-—–－―~～·•\\s]*"); //$NON-NLS-1$
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+"); //$NON-NLS-1$
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u3000]+"); //$NON-NLS-1$
    /** Running headers are short. */
    private static final int MAX_RUNNING = 60;
    /** How far, in ems, a line must start right of the margin to be indented. */
    private static final float INDENT = 0.6f;
    /**
     * How far, in ems, a line may end short of the right margin and still run on, in documents
     * whose paragraphs are neither indented nor spaced apart.
     */
    private static final float SHORT = 1.5f;
    /** How much farther than the usual line pitch the baseline of a paragraph's first line is. */
    private static final float PARAGRAPH_SPACING = 1.3f;

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private int dropped;
    private int spaces;

    private PdfParagraphs() {
    }

    static PdfParagraphs of(List<PdfLines.Page> pages) {
        PdfParagraphs result = new PdfParagraphs();
        List<List<PdfLines.Line>> body = result.body(pages);
        int lines = body.stream().mapToInt(List::size).sum();
        result.join(body);
        if (!result.paragraphs.isEmpty()) {
            result.findings.add(found(Messages.foundPdf, pages.size(), lines, result.paragraphs.size()));
            if (result.dropped > 0) {
                result.findings.add(found(Messages.foundPdfRunning, result.dropped));
            }
            if (result.spaces > 0) {
                result.findings.add(found(Messages.foundPdfSpaces, result.spaces));
            }
        }
        return result;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    List<Finding> findings() {
        return findings;
    }

    private static Finding found(String pattern, Object... args) {
        return new Finding(Kind.RECOGNISED, 0, NLS.bind(pattern, args));
    }

    /** @return the lines of each page without its page number and running header and footer */
    private List<List<PdfLines.Line>> body(List<PdfLines.Page> pages) {
        Map<String, Integer> edges = new HashMap<>();
        for (PdfLines.Page page : pages) {
            for (PdfLines.Line line : edgeLines(page)) {
                edges.merge(shape(line), 1, Integer::sum);
            }
        }
        List<List<PdfLines.Line>> body = new ArrayList<>();
        for (PdfLines.Page page : pages) {
            List<PdfLines.Line> edge = edgeLines(page);
            List<PdfLines.Line> kept = new ArrayList<>();
            for (PdfLines.Line line : page.lines()) {
                boolean running = edge.contains(line) && (PAGE_NUMBER.matcher(line.text()).matches()
                        || line.text().length() <= MAX_RUNNING && edges.get(shape(line)) > 1);
                if (running) {
                    dropped++;
                } else {
                    kept.add(line);
                }
            }
            body.add(kept);
        }
        return body;
    }

    /** @return the first two and the last two lines of a page, where headers, footers and page numbers are */
    private static List<PdfLines.Line> edgeLines(PdfLines.Page page) {
        List<PdfLines.Line> lines = page.lines();
        List<PdfLines.Line> edge = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i < 2 || i >= lines.size() - 2) {
                edge.add(lines.get(i));
            }
        }
        return edge;
    }

    /** @return the line's text with its numbers blanked out, and whether it is at the top or the bottom */
    private static String shape(PdfLines.Line line) {
        return Math.round(line.top() / 10) + ":" + DIGITS.matcher(line.text().strip()).replaceAll("#"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void join(List<List<PdfLines.Line>> pages) {
        float pitch = pitch(pages);
        boolean spaced = false;
        boolean indents = false;
        List<PdfLines.Line> all = pages.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return;
        }
        float left = margin(all, true);
        float right = margin(all, false);
        for (List<PdfLines.Line> page : pages) {
            float em = page.isEmpty() ? 0 : median(page, PdfLines.Line::size);
            for (int i = 1; i < page.size(); i++) {
                spaced |= page.get(i).bottom() - page.get(i - 1).bottom() > pitch * PARAGRAPH_SPACING;
                indents |= page.get(i - 1).left() > left + INDENT * em && page.get(i).left() <= left + INDENT * em;
            }
        }
        StringBuilder text = new StringBuilder();
        PdfLines.Line before = null;
        for (List<PdfLines.Line> page : pages) {
            if (page.isEmpty()) {
                continue;
            }
            float em = median(page, PdfLines.Line::size);
            for (int i = 0; i < page.size(); i++) {
                PdfLines.Line line = page.get(i);
                boolean endedShort = before != null && before.right() < right - SHORT * em;
                boolean starts = before == null || line.left() > left + INDENT * em
                        || Math.abs(line.size() - before.size()) > 0.15f * em
                        || i > 0 && line.bottom() - before.bottom() > pitch * PARAGRAPH_SPACING
                        || endedShort && (i == 0 || !spaced && !indents)
                        || i == 0 && !indents && endsSentence(before.text());
                if (starts && text.length() > 0) {
                    add(text);
                } else if (text.length() > 0 && latin(text.charAt(text.length() - 1))
                        && latin(line.text().strip().charAt(0))) {
                    text.append(' ');
                }
                text.append(line.text().strip());
                before = line;
            }
        }
        if (text.length() > 0) {
            add(text);
        }
    }

    /** @return the usual distance from a line's baseline to the next one's on the same page */
    private static float pitch(List<List<PdfLines.Line>> pages) {
        List<Float> deltas = new ArrayList<>();
        for (List<PdfLines.Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float delta = page.get(i).bottom() - page.get(i - 1).bottom();
                if (delta > 0) {
                    deltas.add(delta);
                }
            }
        }
        if (deltas.isEmpty()) {
            return Float.MAX_VALUE;
        }
        deltas.sort(null);
        return deltas.get(deltas.size() / 2);
    }

    private void add(StringBuilder text) {
        String paragraph = Paragraph.strip(withoutWideSpaces(text.toString()));
        text.setLength(0);
        if (!paragraph.isEmpty()) {
            paragraphs.add(new Paragraph(paragraphs.size() + 1, paragraph, 0, false, null));
        }
    }

    /** @return the text without the spaces next to Chinese characters and punctuation, counting them */
    private String withoutWideSpaces(String text) {
        var m = SPACES.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            boolean wide = m.start() > 0 && wide(text.charAt(m.start() - 1))
                    || m.end() < text.length() && wide(text.charAt(m.end()));
            out.append(text, last, m.start());
            if (wide) {
                spaces++;
            } else {
                out.append(' ');
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static boolean wide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= '\u3000' && c <= '\u303F'
                || c >= '\uFF00' && c <= '\uFFEF' || "—―‘’“”…·".indexOf(c) >= 0; //$NON-NLS-1$
    }

    /** @return whether a line ends with a mark that ends a sentence or a clause */
    private static boolean endsSentence(String line) {
        String text = line.strip();
        return !text.isEmpty() && "。！？；：!?;:".indexOf(text.charAt(text.length() - 1)) >= 0; //$NON-NLS-1$
    }

    private static boolean latin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    private interface Measure {
        float of(PdfLines.Line line);
    }

    private static float median(List<PdfLines.Line> lines, Measure measure) {
        float[] values = new float[lines.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = measure.of(lines.get(i));
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }

    /** @return the left (or right) margin of the document: the farthest end that more than one line reaches, within a point */
    private static float margin(List<PdfLines.Line> lines, boolean leftSide) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PdfLines.Line line : lines) {
            counts.merge(Math.round(leftSide ? line.left() : line.right()), 1, Integer::sum);
        }
        int best = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .mapToInt(e -> e.getKey()).reduce(leftSide ? Integer.MAX_VALUE : Integer.MIN_VALUE,
                        leftSide ? Math::min : Math::max);
        if (best == Integer.MAX_VALUE || best == Integer.MIN_VALUE) {
            return leftSide ? (float) lines.stream().mapToDouble(PdfLines.Line::left).min().orElse(0)
                    : (float) lines.stream().mapToDouble(PdfLines.Line::right).max().orElse(0);
        }
        return best + (leftSide ? 1 : -1);
    }

}
