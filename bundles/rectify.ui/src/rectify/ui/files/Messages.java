package rectify.ui.files;

import org.eclipse.osgi.util.NLS;

/** Texts of opening registers (messages*.properties). */
final class Messages extends NLS {
    public static String openTitle;
    public static String registerFiles;
    public static String allFiles;
    public static String recentFile;

    static {
        NLS.initializeMessages("rectify.ui.files.messages", Messages.class);
    }

    private Messages() {
    }
}
