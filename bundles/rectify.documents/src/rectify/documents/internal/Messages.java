package rectify.documents.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of the documents to the user, in English and Chinese (messages*.properties). */
public final class Messages extends NLS {
    public static String kindMaterial;
    public static String kindPlan;
    public static String kindReport;
    public static String kindLists;
    public static String kindMeeting;
    public static String taskWrite;
    public static String templateUnreadable;
    public static String templateNotWord;
    public static String templateTooLarge;
    public static String templateMissing;
    public static String templateUnknown;
    public static String noReview;
    public static String writeFailed;
    public static String listSeparator;

    static {
        NLS.initializeMessages("rectify.documents.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
