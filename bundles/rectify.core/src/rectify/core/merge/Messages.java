package rectify.core.merge;

import org.eclipse.osgi.util.NLS;

/** The texts of merges (messages*.properties). */
final class Messages extends NLS {
    public static String reapplyLabel;
    public static String reapplyDescription;
    public static String mergeLabel;
    public static String mergeDescription;

    static {
        NLS.initializeMessages("rectify.core.merge.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
