package rectify.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import rectify.search.SearchRequest;
import rectify.search.Span;

/**
 * The parts of a hit's text that matched: every place where the text has what was searched for
 * as written, one of its words or two of its neighbouring characters, merged where they touch;
 * shown in the sentences that have the most of them (two at most, in the order of the text, apart
 * ones joined by an ellipsis), a long sentence cut around its first match. Letters are compared
 * without case and width (Ａ is A); the text keeps its own characters.
 */
public final class Highlighting {

    /** Between passages that are apart in the text. */
    static final String GAP = " \u2026 "; //$NON-NLS-1$
    private static final String CUT = "\u2026"; //$NON-NLS-1$
    private static final int PASSAGES = 2;
    private static final int LONGEST_PASSAGE = 160;
    private static final int BEFORE_MATCH = 50;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;\\n])"); //$NON-NLS-1$

    private final List<String> marks;

    /**
     * A snippet of a text.
     *
     * @param text the passages
     * @param spans what matched in them, in order, apart
     */
    public record Snippet(String text, List<Span> spans) {
    }

    private Highlighting(List<String> marks) {
        this.marks = marks;
    }

    /**
     * @param request a search
     * @return what marks the texts found by it
     */
    public static Highlighting of(SearchRequest request) {
        Set<String> marks = new LinkedHashSet<>();
        for (String group : Queries.groups(request.text())) {
            marks.add(fold(group));
            Analysis.terms(Analysis.WORDS, group).forEach(marks::add);
            Analysis.terms(Analysis.BIGRAMS, group).forEach(marks::add);
        }
        marks.removeIf(String::isBlank);
        return new Highlighting(List.copyOf(marks));
    }

    /**
     * @param text a hit's whole text
     * @return the passages of it that show best what matched
     */
    public Snippet snippet(String text) {
        List<Span> spans = spans(fold(text));
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            if (!sentence.isBlank()) {
                sentences.add(new int[] { start, start + sentence.length(),
                        matches(spans, start, start + sentence.length()) });
            }
            start += sentence.length();
        }
        List<int[]> chosen = sentences.stream()
                .sorted(Comparator.comparingInt((int[] s) -> -s[2]).thenComparingInt(s -> s[0]))
                .limit(spans.isEmpty() ? 1 : PASSAGES).filter(s -> spans.isEmpty() || s[2] > 0)
                .sorted(Comparator.comparingInt(s -> s[0])).toList();
        StringBuilder snippet = new StringBuilder();
        List<Span> shown = new ArrayList<>();
        int previousEnd = -1;
        for (int[] sentence : chosen) {
            int from = sentence[0];
            int to = sentence[1];
            if (to - from > LONGEST_PASSAGE) {
                int first = spans.stream().filter(span -> span.start() >= sentence[0] && span.start() < sentence[1])
                        .mapToInt(Span::start).findFirst().orElse(sentence[0]);
                from = Math.max(sentence[0], first - BEFORE_MATCH);
                to = Math.min(sentence[1], from + LONGEST_PASSAGE);
            }
            if (previousEnd >= 0 && from != previousEnd) {
                snippet.append(GAP);
            } else if (previousEnd < 0 && from > sentence[0]) {
                snippet.append(CUT);
            }
            int shift = snippet.length() - from;
            snippet.append(text, from, to);
            for (Span span : spans) {
                if (span.end() > from && span.start() < to) {
                    shown.add(new Span(Math.max(span.start(), from) + shift, Math.min(span.end(), to) + shift));
                }
            }
            if (to < sentence[1]) {
                snippet.append(CUT);
            }
            previousEnd = to;
        }
        return new Snippet(snippet.toString().strip(), List.copyOf(shown));
    }

    private List<Span> spans(String folded) {
        boolean[] marked = new boolean[folded.length()];
        for (String mark : marks) {
            for (int at = folded.indexOf(mark); at >= 0; at = folded.indexOf(mark, at + 1)) {
                for (int i = at; i < at + mark.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                int end = i;
                while (end < marked.length && marked[end]) {
                    end++;
                }
                spans.add(new Span(i, end));
            }
        }
        return spans;
    }

    private static int matches(List<Span> spans, int from, int to) {
        return (int) spans.stream().filter(span -> span.start() >= from && span.start() < to).count();
    }

    /**
     * @param text some text
     * @return it with full-width letters, digits and signs half width and letters lower case,
     *         character for character (so that places in the one are places in the other)
     */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }
}
