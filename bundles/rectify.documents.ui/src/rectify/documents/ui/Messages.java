package rectify.documents.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of the workbench's Word documents, in English and Chinese (messages*.properties). */
final class Messages extends NLS {
    public static String dialogTitle;
    public static String document;
    public static String file;
    public static String browse;
    public static String openFile;
    public static String export;
    public static String jobName;
    public static String failedTitle;
    public static String written;
    public static String templatesDescription;
    public static String templateMissing;

    static {
        NLS.initializeMessages("rectify.documents.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
