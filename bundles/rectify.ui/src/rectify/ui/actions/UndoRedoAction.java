package rectify.ui.actions;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import rectify.ui.registers.OpenRegister;

/**
 * Undo or redo on the command stack of an open register, named after the command in the user's
 * language (e.g. 撤销删除 / Undo Delete). A part sets it as its global handler of
 * {@link ActionFactory#UNDO} or {@link ActionFactory#REDO} and calls {@link #update()} when its
 * selection or the register changes.
 */
public final class UndoRedoAction extends Action {

    private final boolean undo;
    private final Supplier<OpenRegister> register;

    private UndoRedoAction(boolean undo, Supplier<OpenRegister> register) {
        this.undo = undo;
        this.register = register;
        ActionFactory factory = undo ? ActionFactory.UNDO : ActionFactory.REDO;
        setId(factory.getId());
        setActionDefinitionId(factory.getCommandId());
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    /**
     * @param register the register the action works on; it may give null (nothing to undo)
     * @return an action that undoes the last command
     */
    public static UndoRedoAction undo(Supplier<OpenRegister> register) {
        return new UndoRedoAction(true, register);
    }

    /**
     * @param register the register the action works on; it may give null (nothing to redo)
     * @return an action that redoes the last command undone
     */
    public static UndoRedoAction redo(Supplier<OpenRegister> register) {
        return new UndoRedoAction(false, register);
    }

    /** Enables the action when there is something to undo or redo, and names it after it. */
    public void update() {
        CommandStack stack = stack();
        Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(command != null);
        String label = CommandLabels.of(command);
        if (undo) {
            setText(label.isEmpty() ? Messages.undo : NLS.bind(Messages.undoCommand, label));
        } else {
            setText(label.isEmpty() ? Messages.redo : NLS.bind(Messages.redoCommand, label));
        }
    }

    @Override
    public void run() {
        CommandStack stack = stack();
        if (stack != null && (undo ? stack.canUndo() : stack.canRedo())) {
            if (undo) {
                stack.undo();
            } else {
                stack.redo();
            }
        }
        update();
    }

    private CommandStack stack() {
        OpenRegister open = register.get();
        return open == null ? null : open.domain().getCommandStack();
    }
}
