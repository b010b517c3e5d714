package rectify.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code rectify search}, {@code similar} and {@code suggest} (search_messages*.properties). */
final class SearchMessages extends NLS {
    public static String badKind;
    public static String badLimit;
    public static String badStatus;
    public static String badYear;
    public static String found;
    public static String missingQuery;
    public static String missingRecord;
    public static String missingRegister;
    public static String missingRegisterOrFolder;
    public static String noRecord;
    public static String noRegisters;
    public static String noSuchFile;
    public static String proposals;
    public static String rebuilt;
    public static String similar;

    static {
        NLS.initializeMessages("rectify.cli.search_messages", SearchMessages.class);
    }

    private SearchMessages() {
    }
}
