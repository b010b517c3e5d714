package rectify.search;

import java.util.List;

import rectify.chain.Link;

/**
 * A link a review is missing, as proposed by {@link LinkSuggestions}.
 *
 * @param link the link proposed
 * @param score how likely it is, from 0 to 1: the texts, the places and the links already drawn, together
 * @param text how alike the two texts are, relative to the best target of the same source (1 for the best)
 * @param place how well the places of the two correspond (the n-th aspect, cause and direction), from 0 to 1
 * @param chain whether links already drawn imply it (a measure that addresses a problem caused by a cause remedies that cause)
 * @param sharedWords the words both texts have, the rarest first: why they go together
 */
public record LinkSuggestion(Link link, double score, double text, double place, boolean chain,
        List<String> sharedWords) {
}
