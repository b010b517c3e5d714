package rectify.search.internal;

import java.util.ArrayList;
import java.util.List;

import java.io.IOException;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import rectify.search.Span;

/**
 * The parts of the hits' texts that matched: Lucene's unified highlighter over the stored text of
 * the bigrams field, its passages (whole sentences) as plain text with the spans that matched,
 * passages apart joined by an ellipsis, overlapping and touching matches (the bigrams 调查, 查研,
 * 研究 of 调查研究) merged.
 */
public final class Highlighting extends UnifiedHighlighter {

    /** Between passages that are apart in the text. */
    static final String GAP = " \u2026 "; //$NON-NLS-1$

    /**
     * A snippet of a text.
     *
     * @param text the passages
     * @param spans what matched in them
     */
    public record Snippet(String text, List<Span> spans) {
    }

    private Highlighting(Builder builder) {
        super(builder);
    }

    /**
     * @param searcher the searcher of the hits
     * @param query what to mark, on the bigrams field
     * @param docs the hits' documents
     * @param passages how many passages a snippet has at most
     * @return the {@link Snippet} of each document, in order; {@code null} for one without text
     * @throws IOException when the index cannot be read
     */
    public static Snippet[] snippets(IndexSearcher searcher, Query query, int[] docs, int passages) throws IOException {
        Highlighting highlighting = new Highlighting(
                UnifiedHighlighter.builder(searcher, Analysis.analyzer()).withFormatter(new Formatter()));
        Object[] snippets = highlighting.highlightFieldsAsObjects(new String[] { Analysis.BIGRAMS }, query, docs,
                new int[] { passages }).get(Analysis.BIGRAMS);
        Snippet[] result = new Snippet[docs.length];
        for (int i = 0; i < docs.length; i++) {
            result[i] = (Snippet) snippets[i];
        }
        return result;
    }

    private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0) {
                text.append(passage.getStartOffset() == previousEnd ? "" : GAP); //$NON-NLS-1$
            }
            int shift = text.length() - passage.getStartOffset();
            text.append(content, passage.getStartOffset(), passage.getEndOffset());
            for (int i = 0; i < passage.getNumMatches(); i++) {
                add(spans, new Span(passage.getMatchStarts()[i] + shift, Math.min(passage.getMatchEnds()[i], passage.getEndOffset()) + shift));
            }
            previousEnd = passage.getEndOffset();
        }
        return new Snippet(text.toString().strip().isEmpty() ? "" : text.toString(), List.copyOf(spans)); //$NON-NLS-1$
    }
    }

    private static void add(List<Span> spans, Span span) {
        if (!spans.isEmpty() && spans.get(spans.size() - 1).end() >= span.start()) {
            Span last = spans.remove(spans.size() - 1);
            spans.add(new Span(last.start(), Math.max(last.end(), span.end())));
        } else {
            spans.add(span);
        }
    }
}
