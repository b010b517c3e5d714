package rectify.releng.tests;

import java.util.Arrays;
import java.util.List;

/** Reads an Eclipse error log ({@code .metadata/.log}). */
final class ErrorLog {

    /**
     * The one entry a product built from Maven Central always has: EMF's 2007 edit.ui bundle (the
     * only one there) is not a singleton, so the platform ignores its plugin.xml, which Rectify
     * does not use. A warning, not an error.
     */
    private static final String KNOWN_WARNING = "!ENTRY org.eclipse.equinox.registry 2 0 ";
    private static final String KNOWN_WARNING_TEXT = "bundle \"org.eclipse.emf.edit.ui\" are ignored";

    private ErrorLog() {
    }

    /** @return the log's entries, each with its message, except the known harmless one */
    static List<String> unexpectedEntries(String log) {
        return Arrays.stream(log.split("(?m)^(?=!ENTRY )"))
                .filter(entry -> entry.startsWith("!ENTRY "))
                .filter(entry -> !(entry.startsWith(KNOWN_WARNING) && entry.contains(KNOWN_WARNING_TEXT)))
                .toList();
    }
}
