package rectify.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.search.QueryException;
import rectify.search.SearchRequest;

/**
 * The Lucene queries of a {@link SearchRequest}. Each group of words (apart by spaces) must be
 * found, as written (its bigrams in order, which ranks higher) or as the words the segmenter finds
 * in it, all of them; the filters must hold.
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
        for (String group : SPACES.split(text)) {
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
            query.add(new MatchAllDocsQuery(), Occur.MUST);
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
     * @param request a search
     * @return the query that marks what matched in the stored text: every bigram of the words
     *         searched for, those found as written and those found as separate words
     */
    public static Query highlights(SearchRequest request) {
        Set<String> bigrams = new LinkedHashSet<>();
        for (String group : SPACES.split(request.text())) {
            bigrams.addAll(Analysis.terms(Analysis.BIGRAMS, group));
            Analysis.terms(Analysis.WORDS, group).forEach(word -> bigrams.addAll(Analysis.terms(Analysis.BIGRAMS, word)));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        bigrams.forEach(bigram -> query.add(new TermQuery(new Term(Analysis.BIGRAMS, bigram)), Occur.SHOULD));
        return query.build();
    }

    private static Query group(String group) {
        List<String> bigrams = Analysis.terms(Analysis.BIGRAMS, group);
        List<String> words = new ArrayList<>(new LinkedHashSet<>(Analysis.terms(Analysis.WORDS, group)));
        if (bigrams.isEmpty() && words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (!bigrams.isEmpty()) {
            Query asWritten = bigrams.size() == 1 ? new TermQuery(new Term(Analysis.BIGRAMS, bigrams.get(0)))
                    : new PhraseQuery(Analysis.BIGRAMS, bigrams.toArray(String[]::new));
            either.add(new BoostQuery(asWritten, AS_WRITTEN), Occur.SHOULD);
        }
        if (!words.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            words.forEach(word -> all.add(new TermQuery(new Term(Analysis.WORDS, word)), Occur.MUST));
            either.add(all.build(), Occur.SHOULD);
        }
        return either.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
