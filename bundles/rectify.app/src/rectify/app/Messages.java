package rectify.app;

import org.eclipse.osgi.util.NLS;

/** The application's user interface texts (messages*.properties). */
final class Messages extends NLS {
    public static String menuFile;
    public static String menuHelp;
    public static String menuExit;
    public static String menuSave;
    public static String menuSaveAs;
    public static String menuRevert;
    public static String menuEdit;
    public static String menuUndo;
    public static String menuRedo;
    public static String menuDelete;
    public static String menuWindow;
    public static String menuPreferences;
    public static String menuAbout;
    public static String aboutTitle;
    public static String aboutVersion;
    public static String aboutClose;
    public static String openFailed;
    public static String openingRegisters;
    public static String openingRegister;

    static {
        NLS.initializeMessages("rectify.app.messages", Messages.class);
    }

    private Messages() {
    }
}
