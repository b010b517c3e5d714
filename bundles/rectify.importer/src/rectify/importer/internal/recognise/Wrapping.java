package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import rectify.importer.internal.Messages;
import rectify.importer.internal.read.Paragraph;

/**
 * Joins the lines of a hard-wrapped document, as text copied out of a PDF or an e-mail is, into
 * paragraphs. A document is hard-wrapped when many of its lines are about as long as the longest
 * (most of those at least half as long) and hardly any is longer; then a line continues on the next when it is that long, or when it
 * does not end a sentence and is nearly that long, unless the next line starts a new item (a
 * label, or 一是, 首先 and the like, after the end of a sentence).
 */
final class Wrapping {

    /** Lines shorter than this tell nothing of the wrapping: headings, signatures, dates. */
    private static final double SHORTEST = 8;
    /** How far short of the width a full line may end (punctuation that may not start a line moves up or down). */
    private static final double FULL = 1.5;
    /** How many of the lines at least half as long as the width must be full for the document to be hard-wrapped. */
    private static final double WRAPPED_SHARE = 0.4;
    private static final int WRAPPED_LINES = 5;
    /** A line that does not end a sentence runs on when it is this much of the width. */
    private static final double NEARLY_FULL = 0.8;

    private Wrapping() {
    }

    /** @return the paragraphs, with the lines of a hard-wrapped document joined */
    static List<Paragraph> join(List<Paragraph> lines, Findings findings) {
        double width = wrapWidth(lines);
        if (width == 0) {
            return lines;
        }
        List<Paragraph> joined = new ArrayList<>();
        Paragraph first = null;
        String last = null;
        StringBuilder text = new StringBuilder();
        for (Paragraph line : lines) {
            if (first != null && continues(last, line.text(), width)) {
                text.append(line.text());
            } else {
                if (first != null) {
                    joined.add(with(first, text));
                }
                first = line;
                text.setLength(0);
                text.append(line.text());
            }
            last = line.text();
        }
        if (first != null) {
            joined.add(with(first, text));
        }
        if (joined.size() < lines.size()) {
            findings.recognised(0, Messages.foundWrapped, (int) Math.round(width), lines.size(), joined.size());
        }
        return joined;
    }

    private static Paragraph with(Paragraph first, StringBuilder text) {
        return new Paragraph(first.position(), text.toString(), first.headingLevel(), first.title(),
                first.numberLabel());
    }

    /** @return whether the line {@code next} continues the paragraph whose last line is {@code line} */
    private static boolean continues(String line, String next, double width) {
        double length = width(line);
        boolean ends = Sentences.endsSentence(line);
        if (ends && Ordinals.startsItem(next)) {
            return false;
        }
        return length >= width - FULL || !ends && length >= width * NEARLY_FULL && Label.parse(line) == null;
    }

    /** @return the width the lines are wrapped at, or 0 when the document is not hard-wrapped */
    private static double wrapWidth(List<Paragraph> lines) {
        TreeMap<Double, Integer> counts = new TreeMap<>();
        int measured = 0;
        for (Paragraph line : lines) {
            double w = width(line.text());
            if (w >= SHORTEST) {
                counts.merge(w, 1, Integer::sum);
                measured++;
            }
        }
        for (double candidate : counts.descendingKeySet()) {
            int full = count(counts.subMap(candidate - FULL, true, candidate, true));
            int longer = count(counts.tailMap(candidate + 1, false));
            int half = count(counts.tailMap(candidate / 2, true));
            if (longer > measured / 20) {
                break;
            }
            if (full >= WRAPPED_LINES && full >= WRAPPED_SHARE * half) {
                return candidate;
            }
        }
        return 0;
    }

    private static int count(Map<Double, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return the width of a text in full-width characters: Latin letters, digits and their punctuation count half */
    static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < '\u2E80' ? 0.5 : 1;
        }
        return width;
    }
}
