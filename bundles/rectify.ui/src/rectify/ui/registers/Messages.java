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
    public static String conflictTitle;
    public static String conflictMessage;
    public static String conflictElement;
    public static String conflictField;
    public static String conflictMine;
    public static String conflictTheirs;
    public static String conflictTake;
    public static String takeMine;
    public static String takeTheirs;
    public static String allMine;
    public static String allTheirs;
    public static String mergeChosen;
    public static String removedByMine;
    public static String removedByTheirs;
    public static String movedBoth;

    static {
        NLS.initializeMessages("rectify.ui.registers.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
