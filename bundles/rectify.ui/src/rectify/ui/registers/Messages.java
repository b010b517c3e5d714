package rectify.ui.registers;

import org.eclipse.osgi.util.NLS;

/** Texts of saving registers (messages*.properties). */
final class Messages extends NLS {
    public static String saveFailed;
    public static String saveAsTitle;

    static {
        NLS.initializeMessages("rectify.ui.registers.messages", Messages.class);
    }

    private Messages() {
    }
}
