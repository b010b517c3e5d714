package rectify.ui.navigator;

import java.util.function.Supplier;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

import rectify.ui.actions.UndoRedoAction;
import rectify.ui.registers.OpenRegister;

/**
 * The navigator's handlers of the workbench's global actions (undo, redo, delete, rename,
 * revert), in the user's language, kept up to date with the selection and the registers.
 */
final class NavigatorActions {

    private final UndoRedoAction undo;
    private final UndoRedoAction redo;
    private final DeleteAction delete;
    private final RenameAction rename;
    private final RevertAction revert;

    NavigatorActions(ISelectionProvider selection, Supplier<OpenRegister> register, Shell shell) {
        undo = UndoRedoAction.undo(register);
        redo = UndoRedoAction.redo(register);
        delete = new DeleteAction(selection);
        rename = new RenameAction(selection, shell);
        revert = new RevertAction(register, shell);
    }

    /** Makes the actions the handlers of the workbench's global actions while the part is active. */
    void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        bars.updateActionBars();
    }

    /** Adds rename and delete to the context menu's group {@code group}. */
    void fillContextMenu(IMenuManager menu, String group) {
        menu.appendToGroup(group, rename);
        menu.appendToGroup(group, delete);
    }

    /** Enables and names the actions for the current selection and state of the registers. */
    void update() {
        undo.update();
        redo.update();
        delete.update();
        rename.update();
        revert.update();
    }
}
