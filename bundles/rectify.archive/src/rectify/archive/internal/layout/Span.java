package rectify.archive.internal.layout;

import java.util.List;

/**
 * A piece of text in one style.
 *
 * @param text the text; a line feed breaks the line
 * @param style its style
 */
public record Span(String text, Style style) {

    /**
     * @param text a text, or {@code null} for none
     * @param style its style
     * @return the text as the only span of a paragraph; no span for {@code null}
     */
    public static List<Span> of(String text, Style style) {
        return text == null ? List.of() : List.of(new Span(text, style));
    }
}
