package rectify.ledger.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the ledger bundle (messages*.properties), in the user's language. */
public final class Messages extends NLS {
    public static String allMeasures;
    public static String attachFailed;
    public static String cannotMoveTo;
    public static String closeNeedsVerification;
    public static String closedMeasure;
    public static String columnAspect;
    public static String columnClosed;
    public static String columnCount;
    public static String columnDaysLeft;
    public static String columnDeadline;
    public static String columnDeadlineChanges;
    public static String columnEvidence;
    public static String columnKind;
    public static String columnLastProgress;
    public static String columnLeader;
    public static String columnLight;
    public static String columnMeasure;
    public static String columnMeasures;
    public static String columnNearestDeadline;
    public static String columnNumber;
    public static String columnOverdue;
    public static String columnPosition;
    public static String columnProblem;
    public static String columnProblems;
    public static String columnRecord;
    public static String columnSeverity;
    public static String columnState;
    public static String columnStatus;
    public static String columnText;
    public static String columnUnit;
    public static String columnUnits;
    public static String columnVerifications;
    public static String commandClose;
    public static String commandComplete;
    public static String commandDeadline;
    public static String commandEdit;
    public static String commandNotEffective;
    public static String commandProgress;
    public static String commandReopen;
    public static String commandStart;
    public static String deadlineChange;
    public static String deadlineMissing;
    public static String deadlineNeedsReason;
    public static String deadlineUnchanged;
    public static String doneNeedsProgress;
    public static String evidenceChanged;
    public static String evidenceMissing;
    public static String evidenceUnreadable;
    public static String exportFailed;
    public static String groupingNone;
    public static String groupingRecord;
    public static String groupingUnit;
    public static String ledgerTitle;
    public static String listProblems;
    public static String listResponsibility;
    public static String listSeparator;
    public static String listTasks;
    public static String measureLabel;
    public static String measureWithStatus;
    public static String noSuchFile;
    public static String noUnit;
    public static String notAFile;
    public static String partDate;
    public static String partResult;
    public static String partVerifier;
    public static String progressNeedsDate;
    public static String progressNeedsText;
    public static String statusRequired;
    public static String verification;
    public static String verificationIncomplete;

    static {
        NLS.initializeMessages("rectify.ledger.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
