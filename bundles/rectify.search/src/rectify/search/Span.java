package rectify.search;

/**
 * A highlighted part of a hit's text.
 *
 * @param start the index of its first character
 * @param end the index after its last character
 */
public record Span(int start, int end) {
}
