package rectify.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How Chinese text is cut into terms, for the index and for the comparisons of texts. Two cuts
 * of the same text: {@link #WORDS words} as the Smart Chinese segmenter finds them (调查研究 → 调查,
 * 研究), and {@link #BIGRAMS bigrams}, every two neighbouring Chinese characters (调查, 查研, 研究),
 * which find what the segmenter cut otherwise and make a phrase of them an exact match. Both fold
 * full-width letters and digits to half width and lower case, and leave punctuation out.
 * Analyzers are safe to share between threads.
 */
public final class Analysis {

    /** The words of a text: the analysis of the fields named so (a headline's), and of what is searched for. */
    public static final String WORDS = "words"; //$NON-NLS-1$
    /** The field of the bigrams of an element's text, which also stores the text. */
    public static final String BIGRAMS = "bigrams"; //$NON-NLS-1$

    private static final Analyzer WORD_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new HMMChineseTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }
    };

    private static final Analyzer BIGRAM_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new CJKBigramFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }
    };

    /** The analyzer of the index: words for {@link #WORDS} and its kin, bigrams for every other field. */
    private static final Analyzer INDEX = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return field.endsWith(WORDS) ? WORD_ANALYZER : BIGRAM_ANALYZER;
        }
    };

    private Analysis() {
    }

    /** @return the analyzer of the index's fields: words for fields named {@code …words}, bigrams otherwise */
    public static Analyzer analyzer() {
        return INDEX;
    }

    /**
     * @param field {@link #WORDS} (or a field whose name ends so) or {@link #BIGRAMS}
     * @param text some text
     * @return its terms in that field, in order
     */
    public static List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = INDEX.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return terms;
    }

    /**
     * The terms of a text as the comparisons of texts count them: its words and its bigrams
     * (kept apart by a prefix), each with how often it occurs.
     *
     * @param text some text, or {@code null}
     * @param into where the counts are added
     */
    public static void count(String text, Map<String, Integer> into) {
        if (text == null || text.isBlank()) {
            return;
        }
        terms(WORDS, text).forEach(word -> into.merge(Features.word(word), 1, Integer::sum));
        terms(BIGRAMS, text).forEach(bigram -> into.merge(Features.bigram(bigram), 1, Integer::sum));
    }
}
