package rectify.search;

import java.util.Arrays;

/** What an indexed element is; its {@link #literal()} is how the command line and the index name it. */
public enum ElementKind {
    /** A meeting or an inspection, by its title. */
    RECORD("record"), //$NON-NLS-1$
    /** An aspect (查摆方面), by its title and summary. */
    ASPECT("aspect"), //$NON-NLS-1$
    /** A problem: headline, explanation and examples. */
    PROBLEM("problem"), //$NON-NLS-1$
    /** A cause: headline and analysis. */
    CAUSE("cause"), //$NON-NLS-1$
    /** A direction (努力方向), by its heading and summary. */
    DIRECTION("direction"), //$NON-NLS-1$
    /** A measure: headline, text and its progress reports. */
    MEASURE("measure"), //$NON-NLS-1$
    /** An opinion solicited before a meeting. */
    OPINION("opinion"); //$NON-NLS-1$

    private final String literal;

    ElementKind(String literal) {
        this.literal = literal;
    }

    /** @return the name of the kind in the index and on the command line, e.g. {@code problem} */
    public String literal() {
        return literal;
    }

    /**
     * @param literal a kind's {@link #literal() literal}
     * @return the kind, or {@code null} when there is none of that name
     */
    public static ElementKind of(String literal) {
        return Arrays.stream(values()).filter(kind -> kind.literal.equals(literal)).findFirst().orElse(null);
    }
}
