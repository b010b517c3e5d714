package rectify.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import rectify.search.internal.Features.Vector;

/**
 * The {@link Features.Vector vectors} of indexed problems, read from the term vectors the index
 * keeps (no text is analyzed again): of the whole text its bigrams, of the headline its words and
 * bigrams; each weighted by how rare the term is among the indexed texts (headlines among
 * headlines).
 */
public final class ProblemVectors {

    private final IndexReader reader;
    private final TermVectors vectors;
    private final Map<String, Double> idf = new HashMap<>();

    /**
     * @param reader the index
     * @throws IOException when it cannot be read
     */
    public ProblemVectors(IndexReader reader) throws IOException {
        this.reader = reader;
        this.vectors = reader.termVectors();
    }

    /**
     * @param doc a problem's document
     * @return the vector of its whole text: its bigrams
     * @throws IOException when the index cannot be read
     */
    public Vector text(int doc) throws IOException {
        return vector(doc, null, Fields.PROBLEM_BIGRAMS);
    }

    /**
     * @param doc a problem's document
     * @return the vector of its headline: its words and bigrams
     * @throws IOException when the index cannot be read
     */
    public Vector headline(int doc) throws IOException {
        return vector(doc, Fields.HEADLINE_WORDS, Fields.HEADLINE_BIGRAMS);
    }

    private Vector vector(int doc, String wordField, String bigramField) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        if (wordField != null) {
            add(vectors.get(doc, wordField), Features::word, counts);
        }
        add(vectors.get(doc, bigramField), Features::bigram, counts);
        return Vector.of(counts, this::idf);
    }

    private static void add(Terms terms, UnaryOperator<String> feature, Map<String, Integer> counts)
            throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            counts.merge(feature.apply(term.utf8ToString()), (int) each.totalTermFreq(), Integer::sum);
        }
    }

    /**
     * @param word a word
     * @return how rare it is among the indexed texts: the weight of its rarest bigram
     */
    public double rarity(String word) {
        return Features.rarity(word, this::idf);
    }

    /**
     * @param feature a feature of a vector
     * @return the term of the index it stands for
     */
    public static Term indexTerm(String feature) {
        return new Term(Features.isWord(feature) ? Fields.HEADLINE_WORDS : Analysis.BIGRAMS, Features.term(feature));
    }

    /** The inverse document frequency of a feature among the indexed texts, as BM25 weighs it. */
    private double idf(String feature) {
        return idf.computeIfAbsent(feature, key -> {
            try {
                Term term = indexTerm(key);
                return Features.idf(reader.getDocCount(term.field()), reader.docFreq(term));
            } catch (IOException e) {
                return 1d;
            }
        });
    }
}
