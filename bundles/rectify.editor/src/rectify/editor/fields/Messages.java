package rectify.editor.fields;

import org.eclipse.osgi.util.NLS;

/** Texts of the form fields (messages*.properties). */
final class Messages extends NLS {
    public static String choose;
    public static String invalidValue;

    static {
        NLS.initializeMessages("rectify.editor.fields.messages", Messages.class);
    }

    private Messages() {
    }
}
