package rectify.ui.validation;

import org.eclipse.osgi.util.NLS;

/** Texts of the closed-loop view (messages*.properties). */
final class Messages extends NLS {
    public static String columnSeverity;
    public static String columnElement;
    public static String columnMessage;
    public static String columnFinding;
    public static String ruleCount;
    public static String ruleId;
    public static String severityError;
    public static String severityWarning;
    public static String severityInfo;
    public static String summary;
    public static String summaryErrors;
    public static String summaryWarnings;
    public static String summaryNone;
    public static String summaryComplete;
    public static String summaryNoRegister;
    public static String openFailed;

    static {
        NLS.initializeMessages("rectify.ui.validation.messages", Messages.class);
    }

    private Messages() {
    }
}
