package rectify.search.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Texts compared as weighted bags of terms (TF-IDF): each term of a text (its words of two
 * characters or more and its bigrams, {@link Analysis#count}) weighs the more the more often it occurs there, on a logarithmic
 * scale, and the rarer it is in the texts it is compared among. Two texts are as similar as the
 * cosine of their weights; the words they share, the rarest first, say why.
 */
public final class Features {

    private static final char WORD = 'w';
    private static final char BIGRAM = 'b';

    private Features() {
    }

    /** @return the feature of a word */
    static String word(String word) {
        return WORD + word;
    }

    /** @return the feature of a bigram */
    static String bigram(String bigram) {
        return BIGRAM + bigram;
    }

    /** @return whether a feature is a word (else a bigram) */
    static boolean isWord(String feature) {
        return feature.charAt(0) == WORD;
    }

    /** @return the word or bigram of a feature */
    static String term(String feature) {
        return feature.substring(1);
    }

    /**
     * @param word a word
     * @param idf the weight of a feature for its rarity
     * @return how rare the word is: the weight of its rarest bigram
     */
    public static double rarity(String word, ToDoubleFunction<String> idf) {
        return Analysis.terms(Analysis.BIGRAMS, word).stream().mapToDouble(bigram -> idf.applyAsDouble(bigram(bigram)))
                .max().orElse(0);
    }

    /**
     * @param a the words of a text ({@link Analysis#WORDS})
     * @param b the words of another text
     * @param weight the weight of a word
     * @param max how many words at most
     * @return the words of two characters or more that both texts have, those that weigh most first
     */
    public static List<String> sharedWords(List<String> a, List<String> b, ToDoubleFunction<String> weight, int max) {
        Set<String> inB = new HashSet<>(b);
        Map<String, Double> shared = new HashMap<>();
        for (String word : a) {
            if (word.codePointCount(0, word.length()) >= 2 && inB.contains(word)) {
                shared.computeIfAbsent(word, weight::applyAsDouble);
            }
        }
        return shared.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(max).map(Map.Entry::getKey).toList();
    }

    /**
     * @param texts how many texts there are
     * @param having how many of them have a term
     * @return the weight of the term for its rarity, as BM25 weighs it
     */
    public static double idf(int texts, int having) {
        return Math.log(1 + (texts - having + 0.5) / (having + 0.5));
    }

    /**
     * A text's terms and their weights.
     *
     * @param weights the weight of each feature
     * @param norm the Euclidean norm of the weights
     */
    public record Vector(Map<String, Double> weights, double norm) {

        /** The vector of no text. */
        public static final Vector EMPTY = new Vector(Map.of(), 0);

        /**
         * @param counts how often each feature occurs in the text
         * @param idf the weight of a feature for its rarity (inverse document frequency)
         * @return the vector
         */
        public static Vector of(Map<String, Integer> counts, ToDoubleFunction<String> idf) {
            Map<String, Double> weights = new HashMap<>();
            double sum = 0;
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                if (isWord(count.getKey()) && count.getKey().codePointCount(1, count.getKey().length()) < 2) {
                    continue; // 的, 不, 有: the bigrams hold what single characters say
                }
                double weight = (1 + Math.log(count.getValue())) * idf.applyAsDouble(count.getKey());
                if (weight > 0) {
                    weights.put(count.getKey(), weight);
                    sum += weight * weight;
                }
            }
            return new Vector(weights, Math.sqrt(sum));
        }

        /**
         * @param other another vector
         * @return the cosine of the two: 0 for nothing in common, 1 for the same terms in the same proportions
         */
        public double cosine(Vector other) {
            if (norm == 0 || other.norm == 0) {
                return 0;
            }
            Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
            Map<String, Double> large = small == weights ? other.weights : weights;
            double dot = 0;
            for (Map.Entry<String, Double> weight : small.entrySet()) {
                Double that = large.get(weight.getKey());
                if (that != null) {
                    dot += weight.getValue() * that;
                }
            }
            return Math.min(1, dot / (norm * other.norm));
        }
    }
}
