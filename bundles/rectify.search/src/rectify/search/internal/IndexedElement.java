package rectify.search.internal;

import java.util.Set;

import rectify.search.ElementKind;

/**
 * What the index keeps of one element of a record, read from the model: plain values that can be
 * analyzed on another thread than the one that owns the model.
 *
 * @param id the element's identifier in its register
 * @param kind what it is
 * @param number its number as users see it, or {@code ""}
 * @param headline its headline (or title), or {@code ""}
 * @param text its whole text, the headline first
 * @param units the responsible units it concerns (a measure's, or a problem's measures')
 * @param leaders the responsible leaders it concerns
 * @param statuses the statuses it concerns: a measure's status, and {@code open} while it is not done
 */
public record IndexedElement(String id, ElementKind kind, String number, String headline, String text,
        Set<String> units,
        Set<String> leaders, Set<String> statuses) {
}
