package rectify.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.eclipse.osgi.util.NLS;

import rectify.search.internal.Analysis;
import rectify.search.internal.Features;
import rectify.search.internal.Features.Vector;
import rectify.search.internal.Fields;
import rectify.search.internal.Messages;
import rectify.search.internal.OpenIndexes;
import rectify.search.internal.ProblemVectors;

/**
 * 年年查年年有: for each problem of a record, the problems of earlier years of the same organization
 * that it resembles, with how alike they are and the words they share. Two problems are as alike
 * as their whole texts (compared as weighted bigrams) and, less, their headlines (words and
 * bigrams); the weight of a term grows with how often the text uses it and how rare it is among
 * the indexed texts. A score that passes {@link #THRESHOLD} marks a likely repeat; a person
 * confirms it, nothing is linked here.
 */
public final class Recurrences {

    /** The score from which an earlier problem is likely the same problem found again. */
    public static final double THRESHOLD = 0.08;
    /** How much the headlines count in the score; the whole texts count the rest. */
    static final double HEADLINE_WEIGHT = 0.2;
    /** The least score of an earlier problem worth showing. */
    static final double LEAST_SHOWN = 0.06;
    /** How many earlier problems each problem shows at most. */
    public static final int SHOWN = 3;
    private static final int CANDIDATES = 20;
    private static final int QUERY_TERMS = 24;
    private static final int SHARED_WORDS = 5;
    private static final Set<String> STORED = Set.of(Fields.ID, Fields.RECORD, Fields.TITLE, Fields.YEAR, Fields.NUMBER,
            Fields.HEADLINE, Fields.ORGANIZATION, Analysis.BIGRAMS);

    private Recurrences() {
    }

    /**
     * The problems of a record and what they resemble.
     *
     * @param problems each problem of the record, in order
     * @param notes what the user should know about the registers (those that could not be read)
     */
    public record Result(List<Recurrence> problems, List<String> notes) {
    }

    /**
     * @param scope the registers: the record's and those of the earlier years
     * @param recordId the identifier of the record whose problems are compared
     * @return its problems, each with the earlier problems it resembles
     * @throws QueryException when no register of the scope holds the record
     * @throws IOException when an index cannot be read
     */
    public static Result of(SearchScope scope, String recordId) throws QueryException, IOException {
        try (OpenIndexes indexes = new OpenIndexes(scope)) {
            IndexSearcher searcher = indexes.searcher();
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] records = searcher.search(both(Fields.ID, recordId, Fields.KIND, ElementKind.RECORD.literal()),
                    1).scoreDocs;
            if (records.length == 0) {
                throw new QueryException(NLS.bind(Messages.noRecord, recordId));
            }
            Document record = stored.document(records[0].doc, STORED);
            int year = record.getField(Fields.YEAR).numericValue().intValue();
            String organization = record.get(Fields.ORGANIZATION);
            ProblemVectors vectors = new ProblemVectors(indexes.reader());
            ScoreDoc[] problems = searcher.search(
                    both(Fields.RECORD, recordId, Fields.KIND, ElementKind.PROBLEM.literal()),
                    Math.max(1, indexes.reader().maxDoc())).scoreDocs;
            Arrays.sort(problems, Comparator.comparingInt(hit -> hit.doc));
            List<Recurrence> result = new ArrayList<>();
            for (ScoreDoc problem : problems) {
                Document document = stored.document(problem.doc, STORED);
                result.add(new Recurrence(document.get(Fields.ID), document.get(Fields.NUMBER),
                        document.get(Fields.HEADLINE),
                        earlier(indexes, vectors, problem.doc, organization, year)));
            }
            return new Result(result, indexes.notes());
        }
    }

    /** An earlier problem's document and how alike it is. */
    private record Alike(int doc, double score) {
    }

    private static List<EarlierProblem> earlier(OpenIndexes indexes, ProblemVectors vectors, int problem,
            String organization,
            int year) throws IOException {
        Vector text = vectors.text(problem);
        Vector headline = vectors.headline(problem);
        IndexSearcher searcher = indexes.searcher();
        List<Alike> alike = new ArrayList<>();
        for (ScoreDoc candidate : searcher.search(candidates(text, organization, year), CANDIDATES).scoreDocs) {
            double score = HEADLINE_WEIGHT * headline.cosine(vectors.headline(candidate.doc))
                    + (1 - HEADLINE_WEIGHT) * text.cosine(vectors.text(candidate.doc));
            if (score >= LEAST_SHOWN) {
                alike.add(new Alike(candidate.doc, score));
            }
        }
        if (alike.isEmpty()) {
            return List.of();
        }
        alike.sort(Comparator.comparingDouble(Alike::score).reversed().thenComparingInt(Alike::doc));
        StoredFields stored = searcher.storedFields();
        List<String> words = Analysis.terms(Analysis.WORDS, stored.document(problem, STORED).get(Analysis.BIGRAMS));
        List<EarlierProblem> earlier = new ArrayList<>();
        for (Alike shown : alike.subList(0, Math.min(SHOWN, alike.size()))) {
            Document document = stored.document(shown.doc(), STORED);
            earlier.add(new EarlierProblem(indexes.register(shown.doc()), document.get(Fields.RECORD),
                    document.get(Fields.TITLE),
                    document.getField(Fields.YEAR).numericValue().intValue(), document.get(Fields.ID),
                    document.get(Fields.NUMBER),
                    document.get(Fields.HEADLINE), shown.score(),
                    Features.sharedWords(words, Analysis.terms(Analysis.WORDS, document.get(Analysis.BIGRAMS)),
                            vectors::rarity,
                            SHARED_WORDS),
                    shown.score() >= THRESHOLD));
        }
        return earlier;
    }

    /** The problems of earlier years of the organization that share the problem's heaviest terms. */
    private static Query candidates(Vector text, String organization, int year) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        text.weights().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(QUERY_TERMS)
                .forEach(weight -> query.add(
                        new BoostQuery(new TermQuery(ProblemVectors.indexTerm(weight.getKey())),
                                weight.getValue().floatValue()),
                        Occur.SHOULD));
        query.setMinimumNumberShouldMatch(1);
        query.add(new TermQuery(new Term(Fields.KIND, ElementKind.PROBLEM.literal())), Occur.FILTER);
        query.add(new TermQuery(new Term(Fields.ORGANIZATION, organization)), Occur.FILTER);
        query.add(IntPoint.newRangeQuery(Fields.YEAR, Integer.MIN_VALUE, year - 1), Occur.FILTER);
        return query.build();
    }

    private static Query both(String field, String value, String otherField, String otherValue) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(field, value)), Occur.FILTER)
                .add(new TermQuery(new Term(otherField, otherValue)), Occur.FILTER).build();
    }
}
