package rectify.ui.overview;

import org.eclipse.osgi.util.NLS;

/** Texts of the register overview (messages*.properties). */
final class Messages extends NLS {
    public static String registerSection;
    public static String file;
    public static String organization;
    public static String fondsCode;
    public static String recordsSection;
    public static String recordsDescription;
    public static String noRecords;
    public static String recordDetails;
    public static String untitled;
    public static String openFailed;
    public static String notAFile;

    static {
        NLS.initializeMessages("rectify.ui.overview.messages", Messages.class);
    }

    private Messages() {
    }
}
