package rectify.diagram.commands;

import java.util.Objects;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command made of an EMF command, as edit policies return them. The
 * {@link SharedCommandStack} executes the EMF command itself on the register's command stack;
 * inside a GEF compound command this wrapper executes, undoes and redoes it.
 */
public final class GefCommand extends Command {

    private final org.eclipse.emf.common.command.Command emf;

    /** @param emf the EMF command; its label is this command's label */
    public GefCommand(org.eclipse.emf.common.command.Command emf) {
        super(Objects.requireNonNull(emf, "emf").getLabel());
        this.emf = emf;
    }

    /** @return the EMF command */
    public org.eclipse.emf.common.command.Command emf() {
        return emf;
    }

    @Override
    public boolean canExecute() {
        return emf.canExecute();
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public void execute() {
        emf.execute();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }

    @Override
    public void dispose() {
        emf.dispose();
    }
}
