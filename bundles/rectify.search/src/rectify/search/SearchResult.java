package rectify.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param hits the elements found, best first, at most as many as asked for
 * @param total how many elements match in all
 * @param registers how many registers were searched (those that could be read)
 * @param notes what the user should know about the registers: those that could not be read,
 *        indexes that were damaged and built anew; in the user's language
 */
public record SearchResult(List<SearchHit> hits, long total, int registers, List<String> notes) {
}
