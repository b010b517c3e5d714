package rectify.start;

import org.eclipse.osgi.util.NLS;

/** The start page's texts (messages*.properties). */
final class Messages extends NLS {
    public static String title;
    public static String heading;
    public static String failed;
    public static String opening;
    public static String noRegister;
    public static String nobody;
    public static String dueTitle;
    public static String dueSummary;
    public static String overdueLine;
    public static String dueSoonLine;
    public static String nothingDue;
    public static String allInLedger;
    public static String recordsTitle;
    public static String recordsSummary;
    public static String recordLine;
    public static String loopComplete;
    public static String loopFindings;
    public static String openDiagram;
    public static String noOpenRecord;
    public static String stepsTitle;
    public static String stepsSummary;
    public static String stepExample;
    public static String stepExampleText;
    public static String stepDiagram;
    public static String stepDiagramText;
    public static String stepImport;
    public static String stepImportText;
    public static String stepMeeting;
    public static String stepMeetingText;
    public static String stepInspection;
    public static String stepInspectionText;
    public static String stepOpen;
    public static String stepOpenText;
    public static String stepLedger;
    public static String stepLedgerText;

    static {
        NLS.initializeMessages("rectify.start.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
