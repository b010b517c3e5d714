package rectify.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the commands of shared registers (share_messages*.properties). */
final class ShareMessages extends NLS {
    public static String missingRegister;
    public static String missingInto;
    public static String missingFolder;
    public static String missingOut;
    public static String missingFiles;
    public static String shared;
    public static String exported;
    public static String synced;
    public static String joined;
    public static String conflicts;
    public static String conflictLine;
    public static String removedByMine;
    public static String removedByTheirs;
    public static String moved;
    public static String broken;
    public static String dropped;
    public static String created;
    public static String createdFull;
    public static String applied;
    public static String bundleUsage;
    public static String merged;

    static {
        NLS.initializeMessages("rectify.cli.share_messages", ShareMessages.class);
    }

    private ShareMessages() {
    }
}
