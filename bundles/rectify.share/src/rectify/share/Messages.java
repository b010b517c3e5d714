package rectify.share;

import org.eclipse.osgi.util.NLS;

/** The messages of shared registers, in the user's language. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "rectify.share.messages"; //$NON-NLS-1$

    public static String saveRefused;
    public static String changedOutside;
    public static String recordLocked;
    public static String notEmpty;
    public static String noRemote;
    public static String unreachable;
    public static String notAuthorized;
    public static String foreign;
    public static String notABundle;
    public static String missingPrerequisites;
    public static String pushRejected;
    public static String notShared;
    public static String cancelled;
    public static String mergeMessage;
    public static String shareMessage;
    public static String noCommonHistory;
    public static String unknownVersion;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
