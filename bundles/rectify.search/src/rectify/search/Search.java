package rectify.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

import rectify.core.io.FileNames;
import rectify.search.internal.Analysis;
import rectify.search.internal.Fields;
import rectify.search.internal.Highlighting;
import rectify.search.internal.OpenIndexes;
import rectify.search.internal.Queries;

/**
 * Full-text search over registers: finds the elements of their records (problems, causes,
 * measures, aspects, directions, opinions, records by title) that match a {@link SearchRequest},
 * best first, each with the part of its text that matched highlighted. Each register's index is
 * brought up to date first (see {@link SearchIndexes}); the registers are only read. A register
 * that cannot be read is left out and said in the result's notes.
 */
public final class Search {

    /** How many hits a search returns unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 100;
    private static final Set<String> SHOWN = Set.of(Fields.ID, Fields.RECORD, Fields.TITLE, Fields.KIND, Fields.YEAR,
            Fields.NUMBER, Fields.HEADLINE, Analysis.BIGRAMS);

    private Search() {
    }

    /**
     * @param scope the registers to look through
     * @param request what to look for
     * @param limit how many hits to return at most
     * @return the hits, best first, and what the user should know about the registers
     * @throws QueryException when the request cannot be searched for (empty, too long, only
     *         punctuation); nothing was read then
     */
    public static SearchResult run(SearchScope scope, SearchRequest request, int limit) throws QueryException {
        Query query = Queries.of(request);
        if (scope.registers().isEmpty()) {
            return new SearchResult(List.of(), 0, 0, List.of());
        }
        try (OpenIndexes indexes = new OpenIndexes(scope)) {
            return new SearchResult(hits(indexes, query, request, limit), indexes.searcher().count(query),
                    indexes.registers(),
                    indexes.notes());
        } catch (IOException e) {
            return new SearchResult(List.of(), 0, 0, List.of(FileNames.reason(e)));
        }
    }

    private static List<SearchHit> hits(OpenIndexes indexes, Query query, SearchRequest request, int limit)
            throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        IndexSearcher searcher = indexes.searcher();
        TopDocs top = request.text().isEmpty()
                ? searcher.search(query, limit, new Sort(new SortField(Fields.YEAR, SortField.Type.INT, true)))
                : searcher.search(query, limit);
        Highlighting highlighting = Highlighting.of(request);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document document = stored.document(hit.doc, SHOWN);
            Highlighting.Snippet snippet = highlighting.snippet(document.get(Analysis.BIGRAMS));
            hits.add(new SearchHit(Float.isNaN(hit.score) ? 1f : hit.score, indexes.register(hit.doc),
                    document.get(Fields.RECORD), document.get(Fields.TITLE),
                    document.getField(Fields.YEAR).numericValue().intValue(),
                    document.get(Fields.ID), ElementKind.of(document.get(Fields.KIND)), document.get(Fields.NUMBER),
                    document.get(Fields.HEADLINE), snippet.text(), snippet.spans()));
        }
        return hits;
    }
}
