package rectify.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code rectify export} (export_messages*.properties). */
final class ExportMessages extends NLS {
    public static String missingRegister;
    public static String missingDocument;
    public static String badDocument;
    public static String missingOut;
    public static String noSuchRecord;
    public static String chooseRecord;
    public static String notARegularFile;

    static {
        NLS.initializeMessages("rectify.cli.export_messages", ExportMessages.class);
    }

    private ExportMessages() {
    }
}
