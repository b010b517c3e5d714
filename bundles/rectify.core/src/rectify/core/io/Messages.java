package rectify.core.io;

import org.eclipse.osgi.util.NLS;

/** The texts of register file messages (messages*.properties). */
final class Messages extends NLS {
    public static String loadFrame;
    public static String saveFrame;
    public static String position;
    public static String positionLine;
    public static String notFound;
    public static String notAFile;
    public static String unreadable;
    public static String empty;
    public static String binary;
    public static String notXml;
    public static String malformed;
    public static String malformedHere;
    public static String truncated;
    public static String doctype;
    public static String foreign;
    public static String noNamespace;
    public static String notARegister;
    public static String newerVersion;
    public static String olderVersion;
    public static String duplicateId;
    public static String danglingReference;
    public static String externalReference;
    public static String unknownFeature;
    public static String unknownType;
    public static String unknownNamespace;
    public static String illegalValue;
    public static String valueTooLong;
    public static String damaged;
    public static String readFailed;
    public static String noRegister;
    public static String notFileUri;
    public static String permissionDenied;
    public static String folderMissing;
    public static String readOnly;
    public static String locked;
    public static String danglingOnSave;
    public static String unexpected;
    public static String noSuchFile;
    public static String nameTooLong;
    public static String sharedNotFile;
    public static String changedOnDisk;
    public static String notRegularTarget;
    public static String kindMissing;
    public static String kindRegular;
    public static String kindFolder;
    public static String kindCharacterDevice;
    public static String kindBlockDevice;
    public static String kindFifo;
    public static String kindSocket;
    public static String kindOther;

    static {
        NLS.initializeMessages("rectify.core.io.messages", Messages.class);
    }

    private Messages() {
    }
}
