package rectify.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;

/** Undo or redo on a command stack, enabled when there is something to undo or redo. */
final class CommandStackAction extends Action implements CommandStackListener {

    private final boolean undo;
    private CommandStack stack;

    CommandStackAction(boolean undo) {
        super(undo ? Messages.undo : Messages.redo);
        this.undo = undo;
        setEnabled(false);
    }

    /** Follows {@code newStack} (null: none). */
    void setStack(CommandStack newStack) {
        if (stack != null) {
            stack.removeCommandStackListener(this);
        }
        stack = newStack;
        if (stack != null) {
            stack.addCommandStackListener(this);
        }
        commandStackChanged(null);
    }

    @Override
    public void commandStackChanged(EventObject event) {
        setEnabled(stack != null && (undo ? stack.canUndo() : stack.canRedo()));
    }

    @Override
    public void run() {
        if (undo && stack.canUndo()) {
            stack.undo();
        } else if (!undo && stack.canRedo()) {
            stack.redo();
        }
    }
}
