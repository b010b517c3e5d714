package rectify.archive.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of archiving in the workbench (messages*.properties). */
final class Messages extends NLS {
    public static String dialogTitle;
    public static String folder;
    public static String file;
    public static String browse;
    public static String part;
    public static String part2b;
    public static String part3b;
    public static String ofd;
    public static String archive;
    public static String jobName;
    public static String summary;
    public static String failedTitle;
    public static String remarksTitle;
    public static String written;
    public static String openFile;
    public static String noFolder;
    public static String fontsDescription;
    public static String fontTitle;
    public static String fontBody;
    public static String fontHeading1;
    public static String fontHeading2;
    public static String fontPageNumber;
    public static String fontMissing;
    public static String openFolder;

    static {
        NLS.initializeMessages("rectify.archive.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
