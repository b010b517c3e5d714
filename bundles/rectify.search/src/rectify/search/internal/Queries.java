package rectify.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.search.QueryException;
import rectify.search.SearchRequest;

/**
 * The Lucene queries of a {@link SearchRequest}. Each group of words (apart by spaces) must be
 * found, as written (its bigrams in order, which ranks higher) or as the words the segmenter finds
 * in it, all of them, each as written; the filters must hold.
 */
public final class Queries {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+"); //$NON-NLS-1$
    /** How much more a group found as written counts than one found as separate words. */
    private static final float AS_WRITTEN = 2f;

    private Queries() {
    }

    /**
     * @param request a search
     * @return its query
     * @throws QueryException when it asks for nothing, is too long, or has no words to search for
     */
    public static Query of(SearchRequest request) throws QueryException {
        String text = request.text();
        if (text.length() > SearchRequest.MAX_LENGTH) {
            throw new QueryException(NLS.bind(Messages.queryTooLong, text.length(), SearchRequest.MAX_LENGTH));
        }
        if (text.isEmpty() && !request.hasFilter()) {
            throw new QueryException(Messages.queryEmpty);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean words = false;
        for (String group : groups(text)) {
            Query clause = group(group);
            if (clause != null) {
                query.add(clause, Occur.MUST);
                words = true;
            }
        }
        if (!text.isEmpty() && !words) {
            throw new QueryException(NLS.bind(Messages.queryWithoutWords, FileNames.escape(text)));
        }
        if (!words) {
            query.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        filter(query, Fields.KIND, request.kind() == null ? null : request.kind().literal());
        filter(query, Fields.UNIT, request.unit());
        filter(query, Fields.LEADER, request.leader());
        filter(query, Fields.STATUS, request.status());
        if (request.year() != null) {
            query.add(IntPoint.newExactQuery(Fields.YEAR, request.year()), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * @param text what the user typed
     * @return its groups of words, apart by spaces (also ideographic ones)
     */
    public static List<String> groups(String text) {
        return SPACES.splitAsStream(text).filter(group -> !group.isEmpty()).toList();
    }

    /**
     * A group as written (its bigrams in order), or each of its words as written: the index holds
     * bigrams only, and the segmenter's words are looked for as the phrases of their bigrams.
     */
    private static Query group(String group) {
        Query asWritten = asWritten(group);
        if (asWritten == null) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(new BoostQuery(asWritten, AS_WRITTEN),
                Occur.SHOULD);
        List<String> words = new ArrayList<>(new LinkedHashSet<>(Analysis.terms(Analysis.WORDS, group)));
        if (words.size() > 1) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String word : words) {
                Query each = asWritten(word);
                if (each != null) {
                    all.add(each, Occur.MUST);
                }
            }
            either.add(all.build(), Occur.SHOULD);
        }
        return either.build();
    }

    /**
     * @return the phrase of the bigrams of a text; a lone character is looked for as the start
     *         of a bigram, or alone; {@code null} for a text without letters or digits
     */
    private static Query asWritten(String text) {
        List<String> bigrams = Analysis.terms(Analysis.BIGRAMS, text);
        if (bigrams.isEmpty()) {
            return null;
        }
        if (bigrams.size() > 1) {
            return new PhraseQuery(Analysis.BIGRAMS, bigrams.toArray(String[]::new));
        }
        Term term = new Term(Analysis.BIGRAMS, bigrams.get(0));
        if (bigrams.get(0).codePointCount(0, bigrams.get(0).length()) > 1) {
            return new TermQuery(term);
        }
        return new BooleanQuery.Builder().add(new TermQuery(term), Occur.SHOULD)
                .add(new PrefixQuery(term), Occur.SHOULD).build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
