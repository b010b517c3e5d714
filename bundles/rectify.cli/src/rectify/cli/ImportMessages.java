package rectify.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code rectify import} (import_messages*.properties). */
final class ImportMessages extends NLS {
    public static String missingDocument;
    public static String missingRegister;
    public static String oneDocument;
    public static String added;
    public static String badWait;

    static {
        NLS.initializeMessages("rectify.cli.import_messages", ImportMessages.class);
    }

    private ImportMessages() {
    }
}
