package rectify.archive.internal;

import org.eclipse.osgi.util.NLS;

/** The archive's messages to the user, in English and Chinese (messages*.properties). */
public final class Messages extends NLS {
    public static String roleTitle;
    public static String roleBody;
    public static String roleHeading1;
    public static String roleHeading2;
    public static String rolePageNumber;
    public static String badUserFont;
    public static String fontUnreadable;
    public static String fontNotAFont;
    public static String fontNoSuchFace;
    public static String fontNotTrueType;
    public static String fontNoEmbedding;
    public static String fontNoChinese;
    public static String noFont;
    public static String noFolders;
    public static String writeFailed;
    public static String stampBlank;
    public static String charactersReplaced;
    public static String diagramTooLarge;
    public static String listSeparator;
    public static String fieldFondsCode;
    public static String fieldYear;
    public static String fieldItemNumber;
    public static String fieldOrganizationCode;
    public static String fieldRetention;
    public static String taskArchive;

    static {
        NLS.initializeMessages("rectify.archive.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
