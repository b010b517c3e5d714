package rectify.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line (messages*.properties). */
final class Messages extends NLS {
    public static String usage;
    public static String unknownCommand;
    public static String unknownArgument;
    public static String missingValue;
    public static String badPath;
    public static String unexpected;

    static {
        NLS.initializeMessages("rectify.cli.messages", Messages.class);
    }

    private Messages() {
    }
}
