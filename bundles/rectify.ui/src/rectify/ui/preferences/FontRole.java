package rectify.ui.preferences;

/** The roles of the fonts of archived documents, each set to a font file or left automatic. */
public enum FontRole {
    /** The title of a document. */
    TITLE("font.title"), //$NON-NLS-1$
    /** The body text. */
    BODY("font.body"), //$NON-NLS-1$
    /** Headings of the first level, e.g. 一、存在的主要问题. */
    HEADING_1("font.heading1"), //$NON-NLS-1$
    /** Headings of the second level, e.g. （一）…方面. */
    HEADING_2("font.heading2"), //$NON-NLS-1$
    /** Page numbers. */
    PAGE_NUMBER("font.pageNumber"); //$NON-NLS-1$

    private final String key;

    FontRole(String key) {
        this.key = key;
    }

    /** @return the preference key of the role's font file */
    public String key() {
        return key;
    }
}
