package rectify.diagram.commands;

import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.commands.CompoundCommand;

/**
 * GEF's view of a register's one EMF command stack: what the diagram executes lands on the
 * stack the forms and views of the file use, so undo and redo run across all of them, and the
 * diagram's undo, redo and dirty state follow what the others do.
 * <p>
 * A {@link GefCommand} is executed as its EMF command; any other GEF command (the compounds
 * GEF builds) is wrapped. The history belongs to the register: {@link #flush()} is refused.
 */
public final class SharedCommandStack extends CommandStack {

    private final BasicCommandStack stack;
    private final CommandStackListener forward = event -> changed();

    /** @param stack the register's command stack */
    public SharedCommandStack(BasicCommandStack stack) {
        this.stack = Objects.requireNonNull(stack, "stack");
        stack.addCommandStackListener(forward);
    }

    @Override
    public void execute(Command command) {
        if (command != null && command.canExecute()) {
            stack.execute(toEmf(command));
        }
    }

    /** @return the EMF command that executes {@code command} */
    static org.eclipse.emf.common.command.Command toEmf(Command command) {
        Command single = command instanceof CompoundCommand compound ? compound.unwrap() : command;
        return single instanceof GefCommand gef ? gef.emf() : new WrappedGefCommand(single);
    }

    @Override
    public boolean canUndo() {
        return stack.canUndo();
    }

    @Override
    public boolean canRedo() {
        return stack.canRedo();
    }

    @Override
    public void undo() {
        stack.undo();
    }

    @Override
    public void redo() {
        stack.redo();
    }

    @Override
    public Command getUndoCommand() {
        return stack.getUndoCommand() == null ? null : new GefCommand(stack.getUndoCommand());
    }

    @Override
    public Command getRedoCommand() {
        return stack.getRedoCommand() == null ? null : new GefCommand(stack.getRedoCommand());
    }

    @Override
    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    @Override
    public void markSaveLocation() {
        stack.saveIsDone();
    }

    /** @throws UnsupportedOperationException always: the register owns its history */
    @Override
    public void flush() {
        throw new UnsupportedOperationException("the command history belongs to the register, not to the diagram");
    }

    /** Tells GEF's listeners (its editor and actions listen the 3.2 way) that the stack changed. */
    @SuppressWarnings("deprecation")
    private void changed() {
        notifyListeners();
    }

    /** Stops following the register's stack; the stack itself stays. */
    @Override
    public void dispose() {
        stack.removeCommandStackListener(forward);
    }
}
