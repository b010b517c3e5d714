package rectify.share.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of shared registers in the workbench. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "rectify.share.ui.messages"; //$NON-NLS-1$

    public static String notShared;
    public static String alreadyShared;
    public static String shareTitle;
    public static String shareFolder;
    public static String shared;
    public static String syncTitle;
    public static String syncJob;
    public static String synced;
    public static String syncFailed;
    public static String conflictsLeft;
    public static String brokenAfterMerge;
    public static String serverTitle;
    public static String serverMessage;
    public static String serverUrl;
    public static String serverUser;
    public static String serverPassword;
    public static String serverRemember;
    public static String notRemembered;
    public static String handoverCreateTitle;
    public static String handoverApplyTitle;
    public static String handoverCreated;
    public static String handoverApplied;
    public static String handoverFull;
    public static String reopenTitle;
    public static String reopenMessage;
    public static String notLocked;
    public static String reasonTitle;
    public static String reasonMessage;
    public static String lockedTitle;
    public static String lockedMessage;
    public static String historyWhen;
    public static String historyWho;
    public static String historyElement;
    public static String historyField;
    public static String historyFrom;
    public static String historyTo;
    public static String historyMessage;
    public static String historyOf;
    public static String historyNone;
    public static String historyLoading;
    public static String compare;
    public static String compareTooltip;
    public static String compareTitle;
    public static String compareMessage;
    public static String compareNone;
    public static String added;
    public static String removed;
    public static String moved;
    public static String sharedIn;
    public static String ahead;
    public static String behind;
    public static String conflicts;
    public static String locked;
    public static String authorName;
    public static String authorEmail;
    public static String preferencesDescription;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
