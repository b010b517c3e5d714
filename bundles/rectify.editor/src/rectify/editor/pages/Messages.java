package rectify.editor.pages;

import org.eclipse.osgi.util.NLS;

/** Texts of the record editor's pages (messages*.properties). */
final class Messages extends NLS {
    public static String overview;
    public static String record;
    public static String preparation;
    public static String preparationContents;
    public static String review;
    public static String reviewContents;
    public static String createReview;
    public static String archival;
    public static String archivalInfo;
    public static String addArchivalInfo;
    public static String documents;
    public static String details;
    public static String delete;
    public static String up;
    public static String down;
    public static String addAspect;
    public static String addProblem;
    public static String addExample;
    public static String addCause;
    public static String addDirection;
    public static String addMeasure;
    public static String addStudySession;
    public static String addSolicitation;
    public static String addOpinion;
    public static String addTalk;
    public static String addCriticism;
    public static String addDocument;
    public static String talkCoverage;
    public static String talkCoverageDescription;
    public static String leader;
    public static String opinions;
    public static String opinionsOfReported;
    public static String opinionsDescription;
    public static String listSeparator;
    public static String diagnosticsSummary;

    static {
        NLS.initializeMessages("rectify.editor.pages.messages", Messages.class);
    }

    private Messages() {
    }
}
