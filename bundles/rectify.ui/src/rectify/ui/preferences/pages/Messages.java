package rectify.ui.preferences.pages;

import org.eclipse.osgi.util.NLS;

/** Texts of the preference pages (messages*.properties). */
final class Messages extends NLS {
    public static String generalDescription;
    public static String organizationGroup;
    public static String deadlinesGroup;
    public static String organization;
    public static String author;
    public static String earlyDays;
    public static String urgentDays;
    public static String urgentAfterEarly;

    static {
        NLS.initializeMessages("rectify.ui.preferences.pages.messages", Messages.class);
    }

    private Messages() {
    }
}
