package rectify.archive.internal.content;

import org.eclipse.osgi.util.NLS;

/**
 * The fixed words of archived documents ({@code terms.properties}): headings of sections,
 * appendices and table columns, names of statuses and channels, number and date patterns. An
 * archive is an official Chinese document whatever the user's language, so these are Chinese
 * only; the user's language is for {@link rectify.archive.internal.Messages}.
 */
public final class Terms extends NLS {
    public static String sectionNumber;
    public static String itemNumber;
    public static String problemsHeading;
    public static String causesHeading;
    public static String directionsHeading;
    public static String attachments;
    public static String attachment;
    public static String traceabilityTitle;
    public static String ledgerTitle;
    public static String opinionsTitle;
    public static String diagramTitle;
    public static String columnProblem;
    public static String columnCauses;
    public static String columnMeasures;
    public static String columnNumber;
    public static String columnLeader;
    public static String columnUnit;
    public static String columnDeadline;
    public static String columnStatus;
    public static String columnChannels;
    public static String columnSources;
    public static String columnCount;
    public static String columnOpinion;
    public static String columnDisposition;
    public static String date;
    public static String ongoing;
    public static String overdue;
    public static String listSeparator;
    public static String opinionsTotal;
    public static String talksTotal;
    public static String noOpinions;
    public static String dispositionWithProblems;
    public static String dispositionWithReason;
    public static String retentionPermanent;
    public static String retentionThirtyYears;
    public static String retentionTenYears;
    public static String diagramTooLarge;
    public static String diagramEmpty;
    public static String noProblems;
    public static String noMeasures;
    public static String attachmentDescription;
    public static String legendTitle;
    public static String legendLink;
    public static String legendMeasure;

    static {
        NLS.initializeMessages("rectify.archive.internal.content.terms", Terms.class);
    }

    private Terms() {
    }
}
