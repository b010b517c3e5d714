package rectify.ledger.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of the ledger's views and dialogs (messages*.properties), in the user's language. */
public final class Messages extends NLS {
    public static String actionComplete;
    public static String actionDeadline;
    public static String actionOpen;
    public static String actionProgress;
    public static String actionReopen;
    public static String actionStart;
    public static String actionVerify;
    public static String addFiles;
    public static String all;
    public static String andMore;
    public static String averageDays;
    public static String badDate;
    public static String chartByUrgency;
    public static String chartByUnit;
    public static String chartClosedPerMonth;
    public static String clearFilter;
    public static String counts;
    public static String deadlineTitle;
    public static String evidenceFlagged;
    public static String evidenceJob;
    public static String evidenceProblems;
    public static String evidenceTitle;
    public static String exportCsv;
    public static String exportFailedTitle;
    public static String exportName;
    public static String exportXlsx;
    public static String exported;
    public static String fieldAuthor;
    public static String fieldCurrentDeadline;
    public static String fieldDate;
    public static String fieldEvidence;
    public static String fieldNewDeadline;
    public static String fieldProgress;
    public static String fieldReason;
    public static String fieldRemarks;
    public static String fieldResult;
    public static String fieldVerificationDate;
    public static String fieldVerifier;
    public static String figures;
    public static String filterLateness;
    public static String filterLeader;
    public static String filterRecord;
    public static String filterStatus;
    public static String filterUnit;
    public static String filterYear;
    public static String groupBy;
    public static String groupCollapsed;
    public static String groupExpanded;
    public static String latenessDueSoon;
    public static String latenessLateOrDueSoon;
    public static String latenessNone;
    public static String latenessOnTrack;
    public static String latenessOverdue;
    public static String noAverage;
    public static String noData;
    public static String noUnit;
    public static String nobody;
    public static String none;
    public static String otherUnits;
    public static String progressTitle;
    public static String refusedTitle;
    public static String remindDueSoon;
    public static String remindDueSoonLine;
    public static String remindOverdue;
    public static String remindOverdueLine;
    public static String remindTitle;
    public static String removeFiles;
    public static String showLedger;
    public static String tabDashboard;
    public static String tabLedger;
    public static String tabProblems;
    public static String tabResponsibility;
    public static String tabTasks;
    public static String verifyHint;
    public static String verifyTitle;

    static {
        NLS.initializeMessages("rectify.ledger.ui.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
