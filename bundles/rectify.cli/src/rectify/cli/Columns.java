package rectify.cli;

/** The columns of the lines commands print for scripts, tab-separated. */
final class Columns {

    private Columns() {
    }

    /** @return the text on one line without tabs, or {@code -} when there is none */
    static String text(String text) {
        return text == null || text.isBlank() ? "-" : text.strip().replaceAll("\\s+", " ");
    }
}
