package rectify.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of {@code rectify archive} (archive_messages*.properties). */
final class ArchiveMessages extends NLS {
    public static String badPart;
    public static String badFormat;
    public static String missingRegister;
    public static String missingOut;
    public static String recordAndAll;
    public static String noSuchRecord;
    public static String chooseRecord;
    public static String notAFolder;
    public static String notARegularFile;
    public static String folderFailed;
    public static String progress;
    public static String warning;
    public static String summary;

    static {
        NLS.initializeMessages("rectify.cli.archive_messages", ArchiveMessages.class);
    }

    private ArchiveMessages() {
    }
}
