package rectify.ui.handlers;

import org.eclipse.osgi.util.NLS;

/** Texts of the commands (messages*.properties). */
final class Messages extends NLS {
    public static String addAspect;
    public static String addProblem;
    public static String addCause;
    public static String addDirection;
    public static String addMeasure;
    public static String promptAspect;
    public static String promptProblem;
    public static String promptCause;
    public static String promptDirection;
    public static String promptMeasure;
    public static String textRequired;
    public static String noRecordEditorTitle;
    public static String noRecordEditor;
    public static String closeTitle;
    public static String closeQuestion;
    public static String closeSave;
    public static String closeDiscard;

    static {
        NLS.initializeMessages("rectify.ui.handlers.messages", Messages.class);
    }

    private Messages() {
    }
}
