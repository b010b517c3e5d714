package rectify.ui.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Names of commands in the user's language. EMF's own commands label themselves in English only,
 * so they are named by their kind; other commands by their label.
 */
final class CommandLabels {

    private CommandLabels() {
    }

    /** @return the name of {@code command}; empty when it has none */
    static String of(Command command) {
        String label = switch (command) {
            case null -> null;
            case SetCommand set -> Messages.commandChange;
            case AddCommand add -> Messages.commandAdd;
            case CreateChildCommand create -> Messages.commandAdd;
            case DeleteCommand delete -> Messages.commandDelete;
            case RemoveCommand remove -> Messages.commandRemove;
            case MoveCommand move -> Messages.commandMove;
            case DragAndDropCommand drag -> Messages.commandMove;
            case ReplaceCommand replace -> Messages.commandChange;
            default -> command.getLabel();
        };
        return label == null ? "" : label.strip(); //$NON-NLS-1$
    }
}
