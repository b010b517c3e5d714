package rectify.search.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the search bundle (messages*.properties), in the user's language. */
public final class Messages extends NLS {
    public static String indexBusy;
    public static String indexInMemory;
    public static String indexRebuilt;
    public static String noRecord;
    public static String queryEmpty;
    public static String queryTooLong;
    public static String queryWithoutWords;
    public static String reportAspect;
    public static String reportConfirmed;
    public static String reportCountsTitle;
    public static String reportEarlierNumber;
    public static String reportEarlierProblem;
    public static String reportEarlierRecord;
    public static String reportLikely;
    public static String reportNoUnit;
    public static String reportNumber;
    public static String reportProblem;
    public static String reportScore;
    public static String reportSharedWords;
    public static String reportState;
    public static String reportTitle;
    public static String reportUnit;
    public static String reportYear;
    public static String unreadableRegister;

    static {
        NLS.initializeMessages("rectify.search.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
