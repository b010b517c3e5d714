package rectify.importer.ui;

import org.eclipse.osgi.util.NLS;

/** The import wizard's texts in the user's language (messages*.properties). */
final class Messages extends NLS {
    public static String wizardTitle;
    public static String commandLabel;
    public static String cannotAdd;
    public static String documentPageTitle;
    public static String documentPageDescription;
    public static String documentLabel;
    public static String browse;
    public static String registerLabel;
    public static String openRegister;
    public static String templateLabel;
    public static String templateByNotice;
    public static String documentFilter;
    public static String registerFilter;
    public static String allFilter;
    public static String registerName;
    public static String noSuchDocument;
    public static String chooseRegister;
    public static String unusualExtension;
    public static String reviewPageTitle;
    public static String reviewPageDescription;
    public static String reading;
    public static String summary;
    public static String meeting;
    public static String inspection;
    public static String columnWhere;
    public static String columnFinding;
    public static String groupTitle;
    public static String recognised;
    public static String inferred;
    public static String notPlaced;
    public static String inRegister;

    static {
        NLS.initializeMessages("rectify.importer.ui.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
