package rectify.search;

/**
 * What a user searches for: words, and filters by kind, year, responsible unit and leader and
 * status. Words are looked for as written (every two neighbouring Chinese characters in order)
 * and as the words the segmenter finds; words apart (separated by spaces) must all be found.
 * Without words, the filters alone choose the elements.
 *
 * @param text the words, or {@code ""}
 * @param kind the kind of element, or {@code null} for any
 * @param year the record's year, or {@code null} for any
 * @param unit a responsible unit's name, exactly, or {@code null} for any
 * @param leader a responsible leader's name, exactly, or {@code null} for any
 * @param status a measure's status ({@code planned}, {@code inProgress}, {@code done}, {@code closed}),
 *        {@code open} for measures not done yet and the problems they address, or {@code null} for any
 */
public record SearchRequest(String text, ElementKind kind, Integer year, String unit, String leader, String status) {

    /** The longest text searched, in characters. */
    public static final int MAX_LENGTH = 200;

    /** A request normalized: no {@code null} text, blank filters left out. */
    public SearchRequest {
        text = text == null ? "" : text.strip(); //$NON-NLS-1$
        unit = blankless(unit);
        leader = blankless(leader);
        status = blankless(status);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * @param text the words to search for
     * @return a request for them, without filters
     */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null);
    }

    /** @return this request for elements of a kind ({@code null}: any) */
    public SearchRequest withKind(ElementKind kind) {
        return new SearchRequest(text, kind, year, unit, leader, status);
    }

    /** @return this request for records of a year ({@code null}: any) */
    public SearchRequest withYear(Integer year) {
        return new SearchRequest(text, kind, year, unit, leader, status);
    }

    /** @return this request for a responsible unit ({@code null}: any) */
    public SearchRequest withUnit(String unit) {
        return new SearchRequest(text, kind, year, unit, leader, status);
    }

    /** @return this request for a responsible leader ({@code null}: any) */
    public SearchRequest withLeader(String leader) {
        return new SearchRequest(text, kind, year, unit, leader, status);
    }

    /** @return this request for a status ({@code null}: any) */
    public SearchRequest withStatus(String status) {
        return new SearchRequest(text, kind, year, unit, leader, status);
    }

    /** @return whether a filter is set */
    public boolean hasFilter() {
        return kind != null || year != null || unit != null || leader != null || status != null;
    }
}
