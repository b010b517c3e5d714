package rectify.ui.registers;

import org.eclipse.osgi.util.NLS;

/** Texts of saving and of files changed on disk (messages*.properties). */
final class Messages extends NLS {
    public static String saveFailed;
    public static String saveAsTitle;
    public static String changedTitle;
    public static String changedMessage;
    public static String changedDifference;
    public static String reloadExplained;
    public static String mergeExplained;
    public static String mergeAndSaveExplained;
    public static String saveAsExplained;
    public static String reload;
    public static String merge;
    public static String saveAs;
    public static String later;
    public static String deletedQuestion;
    public static String unreadableOnDisk;
    public static String reloadedSkipped;
    public static String mergedSkipped;
    public static String skippedLine;
    public static String elementGone;
    public static String targetGone;
    public static String placeTaken;

    static {
        NLS.initializeMessages("rectify.ui.registers.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
