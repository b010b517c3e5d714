package rectify.ui.actions;

import org.eclipse.osgi.util.NLS;

/** Texts of the actions (messages*.properties). */
final class Messages extends NLS {
    public static String undo;
    public static String undoCommand;
    public static String redo;
    public static String redoCommand;
    public static String commandAdd;
    public static String commandChange;
    public static String commandDelete;
    public static String commandRemove;
    public static String commandMove;

    static {
        NLS.initializeMessages("rectify.ui.actions.messages", Messages.class);
    }

    private Messages() {
    }
}
