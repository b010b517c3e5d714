package rectify.ui.navigator;

import org.eclipse.osgi.util.NLS;

/** Texts of the navigator (messages*.properties). */
final class Messages extends NLS {
    public static String openFailed;
    public static String yearGroup;
    public static String kindGroup;
    public static String sectionProblems;
    public static String sectionCauses;
    public static String sectionMeasures;
    public static String untitled;
    public static String delete;
    public static String deleteCommand;
    public static String rename;
    public static String renameTitle;
    public static String renameMessage;
    public static String renameCommand;
    public static String titleRequired;
    public static String revert;
    public static String revertTitle;
    public static String revertQuestion;
    public static String moveCommand;
    public static String dropTitle;
    public static String dropNoImport;
    public static String dropFailed;

    static {
        NLS.initializeMessages("rectify.ui.navigator.messages", Messages.class);
    }

    private Messages() {
    }
}
