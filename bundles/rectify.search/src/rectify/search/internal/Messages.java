package rectify.search.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the search bundle (messages*.properties), in the user's language. */
public final class Messages extends NLS {
    public static String indexBusy;
    public static String indexInMemory;
    public static String indexRebuilt;
    public static String noRecord;
    public static String queryEmpty;
    public static String queryTooLong;
    public static String queryWithoutWords;
    public static String unreadableRegister;

    static {
        NLS.initializeMessages("rectify.search.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
