package rectify.search.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of the search bundle's workbench (messages*.properties), in the user's language. */
public final class Messages extends NLS {
    public static String buttonAccept;
    public static String buttonCompareAgain;
    public static String buttonConfirmRepeat;
    public static String buttonReject;
    public static String buttonTickFirst;
    public static String buttonTickNone;
    public static String buttonWithdrawRepeat;
    public static String columnEarlierProblem;
    public static String columnFrom;
    public static String columnJudgement;
    public static String columnLikelihood;
    public static String columnKind;
    public static String columnNumber;
    public static String columnReasons;
    public static String columnRecord;
    public static String columnScore;
    public static String columnSharedWords;
    public static String columnTo;
    public static String columnYear;
    public static String commandConfirmRepeat;
    public static String commandWithdrawRepeat;
    public static String jobCompare;
    public static String jobRebuild;
    public static String jobSearch;
    public static String judgementConfirmed;
    public static String judgementLikely;
    public static String judgementSimilar;
    public static String likelyRepeat;
    public static String linkAssistantChooseRecord;
    public static String linkAssistantCounts;
    public static String linkAssistantDone;
    public static String linkAssistantHeading;
    public static String linkAssistantMessage;
    public static String linkAssistantTitle;
    public static String quickFixAssistant;
    public static String quickFixConfirmRepeat;
    public static String quickFixLink;
    public static String quickFixNone;
    public static String quickFixWithdrawRepeat;
    public static String reasonChain;
    public static String reasonPlace;
    public static String reasonSeparator;
    public static String reasonWords;
    public static String recurrencesComparing;
    public static String recurrencesFound;
    public static String recurrencesHint;
    public static String recurrencesNone;
    public static String recurrencesNotCompared;
    public static String repeatInOtherRegister;
    public static String reportChooseRecord;
    public static String reportFailed;
    public static String reportFileSuffix;
    public static String reportSaveFirst;
    public static String reportTitle;
    public static String resultsAgain;
    public static String resultsByFilters;
    public static String resultsFound;
    public static String resultsGone;
    public static String resultsGroup;
    public static String resultsHit;
    public static String resultsNone;
    public static String resultsRebuild;
    public static String resultsSearching;
    public static String searchAny;
    public static String searchButton;
    public static String searchFolders;
    public static String searchHeading;
    public static String searchKind;
    public static String searchLeader;
    public static String searchMessage;
    public static String searchOpen;
    public static String searchStatus;
    public static String searchTitle;
    public static String searchTooLong;
    public static String searchUnit;
    public static String searchWords;
    public static String searchYear;

    static {
        NLS.initializeMessages("rectify.search.ui.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
