package rectify.importer.internal;

import org.eclipse.osgi.util.NLS;

/** The importer's texts in the user's language (messages*.properties). */
public final class Messages extends NLS {
    public static String importFrame;
    public static String templateFrame;
    public static String notFound;
    public static String notAFile;
    public static String unreadable;
    public static String empty;
    public static String tooLarge;
    public static String binary;
    public static String unknownEncoding;
    public static String unsupportedFormat;
    public static String notWord;
    public static String encrypted;
    public static String noText;
    public static String pdfBomb;
    public static String zipBomb;
    public static String damaged;
    public static String damagedXml;
    public static String damagedDoctype;
    public static String damagedZip;
    public static String damagedContent;
    public static String unknownTemplate;
    public static String none;
    public static String reportTitle;
    public static String formatWord;
    public static String formatWord97;
    public static String formatPdf;
    public static String formatText;
    public static String reportRecognised;
    public static String reportInferred;
    public static String reportNotPlaced;
    public static String reportNone;
    public static String reportPositionSeparator;
    public static String atLine;
    public static String atParagraph;
    public static String excerpt;
    public static String foundLines;
    public static String foundParagraphs;
    public static String foundAutomaticNumbers;
    public static String foundHeadingStyles;
    public static String foundPdf;
    public static String foundPdfRunning;
    public static String foundPdfSpaces;
    public static String foundWrapped;
    public static String foundTitleLines;
    public static String foundOrdinals;
    public static String foundMeeting;
    public static String foundInspection;
    public static String inferredYear;
    public static String foundReviewTitle;
    public static String foundPreamble;
    public static String foundNotice;
    public static String foundNoticeIssuer;
    public static String foundPlan;
    public static String foundStudy;
    public static String foundStudyTopic;
    public static String foundSolicitation;
    public static String foundTalks;
    public static String inferredNoParts;
    public static String inferredPartHeading;
    public static String foundPart;
    public static String partProblems;
    public static String partCauses;
    public static String partDirections;
    public static String foundProblems;
    public static String foundCauses;
    public static String foundCausesIntro;
    public static String foundDirections;
    public static String foundDirectionsIntro;
    public static String foundAspectSummary;
    public static String foundDirectionSummary;
    public static String foundProgressReport;
    public static String foundStatuses;
    public static String foundResponsibilities;
    public static String inferredMeasureFromProgress;
    public static String inferredNoProgress;
    public static String inferredNoStatus;
    public static String inferredAspectRestart;
    public static String inferredAspectShape;
    public static String inferredAspectsImplicit;
    public static String inferredProblemUnnumbered;
    public static String inferredProblemContinued;
    public static String inferredDirectionRestart;
    public static String inferredDirectionShape;
    public static String inferredDirectionsImplicit;
    public static String inferredMeasureUnnumbered;
    public static String inferredMeasureContinued;
    public static String inferredCauseUnlabelled;
    public static String inferredCauseGap;
    public static String inferredCauseShape;
    public static String inferredCauseContinued;
    public static String notPlacedOtherPart;
    public static String notPlacedRepeatedHeading;
    public static String notPlacedProblemsIntro;
    public static String notPlacedSubitem;
    public static String notPlacedClosing;
    public static String notPlacedStray;
    public static String notPlacedWorkDone;
    public static String notPlacedNextSteps;
    public static String notPlacedResponsibility;
    public static String notPlacedSeveral;
    public static String notPlacedDeadline;
    public static String foundTemplate;
    public static String foundTemplateByNotice;
    public static String foundAspectsMatched;
    public static String inferredAspectUnmatched;
    public static String foundNoticeReused;
    public static String foundPeopleReused;
    public static String foundRegisterCreated;

    static {
        NLS.initializeMessages("rectify.importer.internal.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
