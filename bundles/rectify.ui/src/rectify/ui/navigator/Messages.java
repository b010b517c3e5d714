package rectify.ui.navigator;

import org.eclipse.osgi.util.NLS;

/** Texts of the navigator (messages*.properties). */
final class Messages extends NLS {
    public static String yearGroup;

    static {
        NLS.initializeMessages("rectify.ui.navigator.messages", Messages.class);
    }

    private Messages() {
    }
}
