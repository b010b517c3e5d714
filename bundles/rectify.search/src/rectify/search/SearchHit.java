package rectify.search;

import java.nio.file.Path;
import java.util.List;

/**
 * One element found.
 *
 * @param score how well it matches (greater is better; comparable within one search only)
 * @param register the register file that holds it
 * @param recordId the identifier of its record
 * @param recordTitle the record's title
 * @param year the record's year
 * @param elementId the element's identifier
 * @param kind what the element is
 * @param number its number as users see it, or {@code ""}
 * @param headline its headline, or {@code ""}
 * @param text the part of its text that matches best (whole sentences; parts apart joined by
 *        {@code …}), or the start of its text
 * @param highlights the parts of {@code text} that match, in order, apart
 */
public record SearchHit(float score, Path register, String recordId, String recordTitle, int year, String elementId,
        ElementKind kind, String number, String headline, String text, List<Span> highlights) {
}
