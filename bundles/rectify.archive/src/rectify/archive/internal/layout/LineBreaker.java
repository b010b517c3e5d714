package rectify.archive.internal.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import rectify.archive.internal.fonts.Face;
import rectify.archive.internal.fonts.FontSet;

/**
 * Breaks text into lines of a width: greedily, at any place {@link Kinsoku} allows, moving the
 * character before a closing punctuation mark down with it when the mark does not fit; then
 * justifies the lines by spreading what is left over the gaps between the glyphs.
 * <p>
 * Each character is drawn in its style's face, else in the first face of the fallback chain
 * that has it (see {@link FontSet#faceFor}); a character no installed font has is drawn as
 * {@value #REPLACEMENT_TEXT} and remembered in {@link #replaced()}. Control and format
 * characters are left out; tabs and other spaces become plain spaces.
 */
public final class LineBreaker {

    /** What stands in for a character no font has. */
    public static final String REPLACEMENT_TEXT = "□";

    private static final int REPLACEMENT = '□';
    private static final int LINE_FEED = '\n';
    private static final int SPACE = ' ';
    private static final float EPSILON = 0.01f;
    /** Lines left shorter than this part of their width by a forced break are not justified. */
    private static final float MAX_STRETCH = 0.25f;
    /** Titles longer than this are not balanced (the choice grows with the square of the length). */
    private static final int MAX_BALANCED = 400;

    /**
     * A line, relative to the left of its box.
     *
     * @param x where the first glyph starts
     * @param width the width of the glyphs
     * @param runs the glyphs
     */
    public record Line(float x, float width, List<GlyphRun> runs) {

        /** @return whether the line has no glyphs (an empty line of a paragraph) */
        public boolean isEmpty() {
            return runs.isEmpty();
        }

        /** @return the text of the line */
        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    private final FontSet fonts;
    private final SortedSet<Integer> replaced = new TreeSet<>();

    /** @param fonts the faces of the roles and their fallbacks */
    public LineBreaker(FontSet fonts) {
        this.fonts = fonts;
    }

    /** @return the characters that no font had and were drawn as {@value #REPLACEMENT_TEXT}, in order */
    public SortedSet<Integer> replaced() {
        return replaced;
    }

    /**
     * Breaks a paragraph into lines.
     *
     * @param spans the text
     * @param width the width of the lines
     * @param indent how much the first line is indented
     * @param align how the lines sit in the width
     * @return the lines; none for a paragraph without text
     */
    public List<Line> lines(List<Span> spans, float width, float indent, Align align) {
        Atoms atoms = atoms(spans);
        return lines(atoms, width, indent, align, width);
    }

    /**
     * Breaks a centred title into as few lines as the full width needs, of about equal length,
     * each centred in the full width; breaks that would split a word of {@link TitleWords} are
     * taken only when no other breaks fit.
     *
     * @param spans the text
     * @param width the width available
     * @return the lines
     */
    public List<Line> balanced(List<Span> spans, float width) {
        Atoms atoms = atoms(spans);
        List<Line> lines = lines(atoms, width, 0, Align.CENTER, width);
        if (lines.size() < 2 || atoms.size > MAX_BALANCED || atoms.hasLineFeed()) {
            return lines;
        }
        int[] breaks = balancedBreaks(atoms, width, lines.size());
        if (breaks == null) {
            return lines;
        }
        List<Line> balanced = new ArrayList<>();
        for (int i = 1; i < breaks.length; i++) {
            int start = breaks[i - 1];
            while (start < breaks[i] && atoms.codePoints[start] == SPACE) {
                start++;
            }
            balanced.add(line(atoms, start, breaks[i], width, 0, null, Align.CENTER, width));
        }
        return balanced;
    }

    /**
     * Chooses where {@code count} lines break: each line fits, lengths are as even as possible
     * (least sum of squares), and a break inside a word costs more than any unevenness.
     *
     * @return the breaks, starting with 0 and ending with the number of atoms; {@code null} when
     *         the text cannot be broken into so many lines at places line breaking allows
     */
    private static int[] balancedBreaks(Atoms atoms, float width, int count) {
        int n = atoms.size;
        float[] sum = new float[n + 1];
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + atoms.widths[i] + atoms.tracking[i];
        }
        boolean[] inside = TitleWords.inside(atoms.codePoints, n);
        double target = sum[n] / count;
        double wordPenalty = (double) width * width * count;
        double[][] cost = new double[count + 1][n + 1];
        int[][] from = new int[count + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int line = 1; line <= count; line++) {
            for (int end = 1; end <= n; end++) {
                if (end < n && !atoms.canBreakBefore(end)) {
                    continue;
                }
                double breakCost = end < n && inside[end] ? wordPenalty : 0;
                for (int start = 0; start < end; start++) {
                    float length = sum[end] - sum[start];
                    if (cost[line - 1][start] == Double.POSITIVE_INFINITY || length > width + EPSILON) {
                        continue;
                    }
                    double total = cost[line - 1][start] + (length - target) * (length - target) + breakCost;
                    if (total < cost[line][end]) {
                        cost[line][end] = total;
                        from[line][end] = start;
                    }
                }
            }
        }
        if (cost[count][n] == Double.POSITIVE_INFINITY) {
            return null;
        }
        int[] breaks = new int[count + 1];
        breaks[count] = n;
        for (int line = count; line > 0; line--) {
            breaks[line - 1] = from[line][breaks[line]];
        }
        return breaks;
    }

    private List<Line> lines(Atoms atoms, float width, float indent, Align align, float box) {
        List<Line> lines = new ArrayList<>();
        int n = atoms.size;
        int start = 0;
        while (start < n) {
            while (start < n && atoms.codePoints[start] == SPACE) {
                start++;
            }
            if (start == n) {
                break;
            }
            float available = lines.isEmpty() ? width - indent : width;
            int end = start;
            float used = 0;
            int lastBreak = -1;
            while (end < n && atoms.codePoints[end] != LINE_FEED) {
                float add = atoms.widths[end] + (end > start ? atoms.tracking[end - 1] : 0);
                if (used + add > available + EPSILON && end > start) {
                    break;
                }
                used += add;
                end++;
                if (end < n && atoms.canBreakBefore(end)) {
                    lastBreak = end;
                }
            }
            boolean hard = end == n || atoms.codePoints[end] == LINE_FEED;
            if (!hard && !atoms.canBreakBefore(end) && lastBreak > start) {
                end = lastBreak;
            }
            lines.add(
                    line(atoms, start, end, available, lines.isEmpty() ? indent : 0, hard ? null : align, align, box));
            start = end < n && atoms.codePoints[end] == LINE_FEED ? end + 1 : end;
        }
        return lines;
    }

    /**
     * Makes one line of the atoms {@code [start, end)}; {@code justify} is {@code null} for the
     * last line of a paragraph, which is not stretched.
     */
    private static Line line(Atoms atoms, int start, int end, float available, float indent, Align justify,
            Align align, float box) {
        int visibleEnd = end;
        while (visibleEnd > start && atoms.codePoints[visibleEnd - 1] == SPACE) {
            visibleEnd--;
        }
        float natural = 0;
        for (int i = start; i < visibleEnd; i++) {
            natural += atoms.widths[i] + (i < visibleEnd - 1 ? atoms.tracking[i] : 0);
        }
        int glyphs = visibleEnd - start;
        float gap = 0;
        float x = indent;
        float extra = available - natural;
        if (justify == Align.JUSTIFY && glyphs > 1 && extra > 0 && extra < available * MAX_STRETCH) {
            gap = extra / (glyphs - 1);
            natural = available;
        } else if (align == Align.CENTER) {
            x = (box - natural) / 2;
        } else if (align == Align.RIGHT) {
            x = box - natural;
        }
        return new Line(x, natural, runs(atoms, start, visibleEnd, gap));
    }

    private static List<GlyphRun> runs(Atoms atoms, int start, int end, float gap) {
        List<GlyphRun> runs = new ArrayList<>();
        int runStart = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || atoms.faces[i] != atoms.faces[runStart] || atoms.sizes[i] != atoms.sizes[runStart]
                    || atoms.tracking[i] != atoms.tracking[runStart]) {
                runs.add(new GlyphRun(atoms.faces[runStart], atoms.sizes[runStart],
                        new String(atoms.codePoints, runStart, i - runStart), atoms.tracking[runStart] + gap));
                runStart = i;
            }
        }
        return runs;
    }

    private Atoms atoms(List<Span> spans) {
        int capacity = 0;
        for (Span span : spans) {
            capacity += span.text().length();
        }
        Atoms atoms = new Atoms(capacity);
        for (Span span : spans) {
            Style style = span.style();
            span.text().codePoints().forEach(codePoint -> add(atoms, codePoint, style));
        }
        return atoms;
    }

    private void add(Atoms atoms, int codePoint, Style style) {
        int c = codePoint;
        if (c == LINE_FEED) {
            atoms.add(c, null, style.size(), 0, 0);
            return;
        }
        int type = Character.getType(c);
        if (c == '\t' || (Character.isWhitespace(c) && c != '\u3000') || c == '\u00A0') {
            c = SPACE;
        } else if (type == Character.CONTROL || type == Character.FORMAT) {
            return;
        }
        Face face = fonts.faceFor(style.role(), c);
        if (face == null) {
            replaced.add(c);
            c = REPLACEMENT;
            face = fonts.faceFor(style.role(), c);
            if (face == null) {
                c = '?';
                face = fonts.face(style.role());
            }
        }
        atoms.add(c, face, style.size(), face.advance(c) * style.size(), style.tracking());
    }

    /** The characters of a paragraph with their faces and widths, in parallel arrays. */
    private static final class Atoms {
        int size;
        int[] codePoints;
        Face[] faces;
        float[] sizes;
        float[] widths;
        float[] tracking;

        Atoms(int capacity) {
            codePoints = new int[capacity];
            faces = new Face[capacity];
            sizes = new float[capacity];
            widths = new float[capacity];
            tracking = new float[capacity];
        }

        void add(int codePoint, Face face, float fontSize, float width, float track) {
            codePoints[size] = codePoint;
            faces[size] = face;
            sizes[size] = fontSize;
            widths[size] = width;
            tracking[size] = track;
            size++;
        }

        boolean canBreakBefore(int index) {
            return Kinsoku.canBreak(codePoints[index - 1], codePoints[index]);
        }

        boolean hasLineFeed() {
            for (int i = 0; i < size; i++) {
                if (codePoints[i] == LINE_FEED) {
                    return true;
                }
            }
            return false;
        }
    }
}
