package rectify.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.Reviews;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.search.internal.Analysis;
import rectify.search.internal.Features;
import rectify.search.internal.Features.Vector;
import rectify.search.internal.ModelTexts;

/**
 * The link assistant's proposals: for a review whose problems, causes and measures are not all
 * linked, the problem → cause, measure → problem and measure → cause links it is missing, each
 * source's best first. A link is the more likely the more alike the two texts are (headlines and
 * whole texts as weighted words and bigrams, the weights from the review's own texts), the better
 * their places correspond (documents often answer the n-th aspect with the n-th cause and
 * direction), and when the links already drawn imply it. Proposals are made for every source that
 * has no link of the kind yet, and, where likely, for every target that nothing links to by the
 * kind yet. Nothing is linked here: the user accepts or rejects each proposal.
 */
public final class LinkSuggestions {

    /** How many proposals each source gets at most. */
    public static final int PER_SOURCE = 3;
    /** How much the texts count in the score. */
    static final double TEXT_WEIGHT = 0.6;
    /** How much the places count in the score; links implied by the chain count the rest. */
    static final double PLACE_WEIGHT = 0.3;
    /** How much the headlines count in the likeness of two texts; the whole texts count the rest. */
    static final double HEADLINE_WEIGHT = 0.2;
    /**
     * The least score of a proposal for a source that has links of the kind already (made because
     * nothing links to the target yet): only likely ones.
     */
    static final double LEAST_FOR_LINKED_SOURCE = 0.6;
    private static final int SHARED_WORDS = 4;

    private final Map<ChainElement, Vector> texts = new HashMap<>();
    private final Map<ChainElement, Vector> headlines = new HashMap<>();
    private final Map<ChainElement, String> wholeTexts = new HashMap<>();
    private final Map<ChainElement, List<String>> words = new HashMap<>();
    private final Map<String, Double> rarity;

    private LinkSuggestions(List<ChainElement> elements) {
        Map<ChainElement, Map<String, Integer>> textCounts = new HashMap<>();
        Map<ChainElement, Map<String, Integer>> headlineCounts = new HashMap<>();
        Map<String, Integer> having = new HashMap<>();
        for (ChainElement element : elements) {
            String text = ModelTexts.text(element);
            wholeTexts.put(element, text);
            Map<String, Integer> counts = new HashMap<>();
            Analysis.count(text, counts);
            textCounts.put(element, counts);
            counts.keySet().forEach(feature -> having.merge(feature, 1, Integer::sum));
            Map<String, Integer> headline = new HashMap<>();
            Analysis.count(element.getHeadline(), headline);
            headlineCounts.put(element, headline);
        }
        int count = elements.size();
        rarity = new HashMap<>();
        having.forEach((feature, n) -> rarity.put(feature, Features.idf(count, n)));
        for (ChainElement element : elements) {
            texts.put(element, Vector.of(textCounts.get(element), this::idf));
            headlines.put(element, Vector.of(headlineCounts.get(element), this::idf));
        }
    }

    /**
     * @param kind a kind of link
     * @return how the command line names it: {@code problem-cause}, {@code measure-problem}, {@code measure-cause}
     */
    public static String name(LinkKind kind) {
        return switch (kind) {
            case CAUSED_BY -> "problem-cause"; //$NON-NLS-1$
            case ADDRESSES -> "measure-problem"; //$NON-NLS-1$
            case REMEDIES -> "measure-cause"; //$NON-NLS-1$
        };
    }

    /** @return the words of an element's whole text, cut once */
    private List<String> words(ChainElement element) {
        return words.computeIfAbsent(element, any -> Analysis.terms(Analysis.WORDS, wholeTexts.get(element)));
    }

    private double idf(String feature) {
        return rarity.getOrDefault(feature, 0d);
    }

    /**
     * @param review a review
     * @return the links it is missing, grouped by source in the order of the chain (problems,
     *         then measures) and by kind, each source's best first, {@link #PER_SOURCE} at most each
     */
    public static List<LinkSuggestion> of(Review review) {
        List<ChainElement> elements = Reviews.elements(review);
        LinkSuggestions suggestions = new LinkSuggestions(elements);
        List<LinkSuggestion> result = new ArrayList<>();
        for (ChainElement source : elements) {
            for (LinkKind kind : LinkKind.values()) {
                if (kind.source().holds(source)) {
                    result.addAll(suggestions.forSource(kind, source, elements));
                }
            }
        }
        return result;
    }

    private List<LinkSuggestion> forSource(LinkKind kind, ChainElement source, List<ChainElement> elements) {
        boolean sourceMissing = kind.targetsOf(source).isEmpty();
        List<ChainElement> targets = elements.stream().filter(kind.target()::holds).toList();
        Map<ChainElement, Double> alike = new HashMap<>();
        for (ChainElement target : targets) {
            alike.put(target, HEADLINE_WEIGHT * headlines.get(source).cosine(headlines.get(target))
                    + (1 - HEADLINE_WEIGHT) * texts.get(source).cosine(texts.get(target)));
        }
        double best = alike.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<LinkSuggestion> proposals = new ArrayList<>();
        for (ChainElement target : targets) {
            if (kind.targetsOf(source).contains(target) || !sourceMissing && !kind.sourcesOf(target).isEmpty()) {
                continue;
            }
            double text = best > 0 ? alike.get(target) / best : 0;
            double place = place(source, target);
            boolean chain = implied(kind, source, target);
            double score = TEXT_WEIGHT * text + PLACE_WEIGHT * place + (chain ? 1 - TEXT_WEIGHT - PLACE_WEIGHT : 0);
            if (sourceMissing || score >= LEAST_FOR_LINKED_SOURCE) {
                proposals.add(new LinkSuggestion(new Link(kind, source, target), score, text, place, chain, List.of()));
            }
        }
        proposals.sort(Comparator.comparingDouble(LinkSuggestion::score).reversed());
        return proposals.stream().limit(PER_SOURCE)
                .map(proposal -> new LinkSuggestion(proposal.link(), proposal.score(),
                        proposal.text(), proposal.place(), proposal.chain(),
                        Features.sharedWords(words(source), words(proposal.link().target()),
                                word -> Features.rarity(word, this::idf), SHARED_WORDS)))
                .toList();
    }

    /**
     * How well the places of two elements correspond: the place of a problem's aspect, a cause, a
     * measure's direction, each relative to how many there are (the first is 0, the last 1); 1 for
     * the same relative place, 0 for the first against the last.
     */
    private static double place(ChainElement a, ChainElement b) {
        return 1 - Math.abs(relativePlace(a) - relativePlace(b));
    }

    private static double relativePlace(ChainElement element) {
        Review review = Reviews.of(element);
        int index;
        int count;
        switch (element) {
            case Problem problem when problem.eContainer() instanceof Aspect aspect -> {
                index = review.getAspects().indexOf(aspect);
                count = review.getAspects().size();
            }
            case Measure measure when measure.eContainer() instanceof Direction direction -> {
                index = review.getDirections().indexOf(direction);
                count = review.getDirections().size();
            }
            case Cause cause -> {
                index = review.getCauses().indexOf(cause);
                count = review.getCauses().size();
            }
            default -> {
                return 0.5;
            }
        }
        return count <= 1 ? 0.5 : (double) index / (count - 1);
    }

    /**
     * @return whether the links already drawn imply this one: through a problem for a measure and
     *         a cause, through a measure for a problem and a cause, through a cause for a measure
     *         and a problem
     */
    private static boolean implied(LinkKind kind, ChainElement source, ChainElement target) {
        return switch (kind) {
            case REMEDIES ->
                ((Measure) source).getProblems().stream().anyMatch(problem -> problem.getCauses().contains(target));
            case CAUSED_BY ->
                ((Problem) source).getMeasures().stream().anyMatch(measure -> measure.getCauses().contains(target));
            case ADDRESSES ->
                ((Measure) source).getCauses().stream().anyMatch(cause -> cause.getProblems().contains(target));
        };
    }
}
