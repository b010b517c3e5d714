package rectify.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of the wizards (messages*.properties). */
final class Messages extends NLS {
    public static String newRegisterTitle;
    public static String registerPageTitle;
    public static String registerPageDescription;
    public static String folder;
    public static String browse;
    public static String fileName;
    public static String organization;
    public static String fondsCode;
    public static String fondsCodeHint;
    public static String defaultFileName;
    public static String folderRequired;
    public static String fileNameRequired;
    public static String fileNameInvalid;
    public static String fileExists;
    public static String notAFolder;
    public static String newMeetingTitle;
    public static String newInspectionTitle;
    public static String newMeetingCommand;
    public static String newInspectionCommand;
    public static String meetingPageTitle;
    public static String inspectionPageTitle;
    public static String recordPageDescription;
    public static String register;
    public static String kind;
    public static String year;
    public static String title;
    public static String date;
    public static String dateHint;
    public static String suggestedTitle;
    public static String noRegister;
    public static String titleRequired;
    public static String dateInvalid;
    public static String templatePageTitle;
    public static String templatePageDescription;
    public static String templateAspects;
    public static String templateNone;
    public static String templateBuiltIn;
    public static String templateStored;
    public static String templateFromNotice;
    public static String templateFromNoticeHint;
    public static String noticePageTitle;
    public static String noticePageDescription;
    public static String noticeTitle;
    public static String noticeNumber;
    public static String noticeNumberHint;
    public static String noticeAspects;
    public static String noticeAspectsHint;
    public static String noticeMinimum;
    public static String noticeTitleRequired;
    public static String noticeAspectsRequired;
    public static String openFailed;

    static {
        NLS.initializeMessages("rectify.ui.wizards.messages", Messages.class);
    }

    private Messages() {
    }
}
