package rectify.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.search.internal.Fields;
import rectify.search.internal.Highlighting;
import rectify.search.internal.Messages;
import rectify.search.internal.Queries;
import rectify.search.internal.RegisterIndex;
import rectify.search.internal.RegisterIndex.Opened;

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
    /** How many passages of a text a hit shows at most. */
    private static final int PASSAGES = 2;
    private static final Set<String> SHOWN = Set.of(Fields.ID, Fields.RECORD, Fields.TITLE, Fields.KIND, Fields.YEAR,
            Fields.NUMBER, Fields.HEADLINE);

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
        List<String> notes = new ArrayList<>();
        if (scope.registers().isEmpty()) {
            return new SearchResult(List.of(), 0, notes);
        }
        List<Opened> opened = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            for (Path register : scope.registers()) {
                try {
                    Opened index = RegisterIndex.of(register).open();
                    opened.add(index);
                    files.add(register);
                    if (index.note() != null) {
                        notes.add(index.note());
                    }
                } catch (IOException e) {
                    notes.add(NLS.bind(Messages.unreadableRegister, FileNames.display(register), FileNames.reason(e)));
                }
            }
            return new SearchResult(hits(opened, files, query, request, limit), total(opened, query), notes);
        } catch (IOException e) {
            notes.add(FileNames.reason(e));
            return new SearchResult(List.of(), 0, notes);
        } finally {
            for (Opened index : opened) {
                try {
                    index.close();
                } catch (IOException e) {
                    // read only: nothing is lost
                }
            }
        }
    }

    private static long total(List<Opened> opened, Query query) throws IOException {
        try (MultiReader reader = multi(opened)) {
            return new IndexSearcher(reader).count(query);
        }
    }

    private static MultiReader multi(List<Opened> opened) throws IOException {
        return new MultiReader(opened.stream().map(Opened::reader).toArray(IndexReader[]::new), false);
    }

    private static List<SearchHit> hits(List<Opened> opened, List<Path> files, Query query, SearchRequest request, int limit)
            throws IOException {
        if (opened.isEmpty() || limit <= 0) {
            return List.of();
        }
        try (MultiReader reader = multi(opened)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = request.text().isEmpty()
                    ? searcher.search(query, limit, new Sort(new SortField(Fields.YEAR, SortField.Type.INT, true)))
                    : searcher.search(query, limit);
            int[] docs = new int[top.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
            }
            Highlighting.Snippet[] snippets = Highlighting.snippets(searcher, Queries.highlights(request), docs, PASSAGES);
            int[] starts = starts(opened);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                Document document = stored.document(hit.doc, SHOWN);
                Highlighting.Snippet snippet = snippets[i];
                hits.add(new SearchHit(Float.isNaN(hit.score) ? 1f : hit.score, files.get(ReaderUtil.subIndex(hit.doc, starts)),
                        document.get(Fields.RECORD), document.get(Fields.TITLE), document.getField(Fields.YEAR).numericValue().intValue(),
                        document.get(Fields.ID), ElementKind.of(document.get(Fields.KIND)), document.get(Fields.NUMBER),
                        document.get(Fields.HEADLINE), snippet == null ? "" : snippet.text(), //$NON-NLS-1$
                        snippet == null ? List.of() : snippet.spans()));
            }
            return hits;
        }
    }

    private static int[] starts(List<Opened> opened) {
        int[] starts = new int[opened.size()];
        int start = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = start;
            DirectoryReader reader = opened.get(i).reader();
            start += reader.maxDoc();
        }
        return starts;
    }
}
