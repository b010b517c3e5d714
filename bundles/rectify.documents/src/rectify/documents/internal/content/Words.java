package rectify.documents.internal.content;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

/**
 * The fixed words of the generated documents ({@code words.properties}) that the templates leave to
 * the data: labels, number and date patterns, the sentences of statistics and lists. The documents
 * are official Chinese documents whatever the user's language, so these are Chinese only.
 */
final class Words extends NLS {
    public static String date;
    public static String sectionNumber;
    public static String itemNumber;
    public static String problemsHeading;
    public static String causesHeading;
    public static String directionsHeading;
    public static String superior;
    public static String none;
    public static String pending;
    public static String separator;
    public static String responsibility;
    public static String ongoing;
    public static String status;
    public static String noProgress;
    public static String evidence;
    public static String allDone;
    public static String openItem;
    public static String reasonChanged;
    public static String reasonProgress;
    public static String reasonNone;
    public static String nextItem;
    public static String nextOngoing;
    public static String nextAlways;
    public static String studies;
    public static String study;
    public static String noStudy;
    public static String solicitation;
    public static String talks;
    public static String drafted;
    public static String held;
    public static String hostedBy;
    public static String heldAsRequired;
    public static String recently;
    public static String attendees;
    public static String theme;
    public static String criticisms;
    public static String criticism;
    public static String noCriticisms;
    public static String rectification;
    public static String direction;
    public static String nameMaterial;
    public static String namePlan;
    public static String nameReport;
    public static String nameLists;
    public static String nameMeeting;

    static {
        NLS.initializeMessages("rectify.documents.internal.content.words", Words.class);
    }

    private Words() {
    }

    /** @return 2026年1月22日, or nothing for {@code null} */
    static String date(LocalDate day) {
        return day == null ? ""
                : NLS.bind(date, new Object[] { Integer.toString(day.getYear()), Integer.toString(day.getMonthValue()),
                        Integer.toString(day.getDayOfMonth()) });
    }

    /** @return the text, or nothing for {@code null} */
    static String text(String text) {
        return text == null ? "" : text;
    }

    /** @return whether the text is {@code null} or only white space */
    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
