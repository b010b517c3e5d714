package rectify.editor;

import org.eclipse.osgi.util.NLS;

/** Texts of the record editor (messages*.properties). */
final class Messages extends NLS {
    public static String notARecord;
    public static String untitled;
    public static String undo;
    public static String redo;
    public static String revert;

    static {
        NLS.initializeMessages("rectify.editor.messages", Messages.class);
    }

    private Messages() {
    }
}
