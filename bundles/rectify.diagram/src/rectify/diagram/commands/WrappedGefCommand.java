package rectify.diagram.commands;

import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.gef.commands.Command;

/**
 * An EMF command made of a GEF command, for the GEF commands that are not simply EMF commands:
 * compounds that GEF's tools and actions build from the commands of several edit parts.
 */
final class WrappedGefCommand extends AbstractCommand {

    private final Command gef;

    WrappedGefCommand(Command gef) {
        super(Objects.requireNonNull(gef, "gef").getLabel());
        this.gef = gef;
    }

    @Override
    protected boolean prepare() {
        return gef.canExecute();
    }

    @Override
    public boolean canUndo() {
        return gef.canUndo();
    }

    @Override
    public void execute() {
        gef.execute();
    }

    @Override
    public void undo() {
        gef.undo();
    }

    @Override
    public void redo() {
        gef.redo();
    }

    @Override
    public void dispose() {
        gef.dispose();
    }
}
