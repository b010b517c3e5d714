package rectify.ui.navigator;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import rectify.model.Register;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.Selections;

/**
 * Deletes the selected elements of one register, and every reference to them, as one command on
 * the register's stack (so it can be undone). Registers themselves are closed, not deleted.
 */
final class DeleteAction extends Action {

    private final ISelectionProvider selection;

    DeleteAction(ISelectionProvider selection) {
        super(Messages.delete);
        this.selection = selection;
        setId(ActionFactory.DELETE.getId());
        setActionDefinitionId(ActionFactory.DELETE.getCommandId());
        setImageDescriptor(
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        update();
    }

    /** Enables the action when the selection holds elements of one register and nothing else. */
    void update() {
        setEnabled(command(selection.getSelection()) != null);
    }

    @Override
    public void run() {
        ISelection current = selection.getSelection();
        Command command = command(current);
        if (command != null) {
            Selections.registerOf(current).domain().getCommandStack().execute(command);
        }
    }

    /** @return the command that deletes the selected elements; null when it cannot */
    static Command command(ISelection selection) {
        OpenRegister register = Selections.registerOf(selection);
        List<?> items = Selections.items(selection);
        if (register == null
                || items.stream().anyMatch(item -> !(item instanceof EObject) || item instanceof Register)) {
            return null;
        }
        Command delete = DeleteCommand.create(register.domain(), items);
        return delete.canExecute() ? new CommandWrapper(Messages.deleteCommand, null, delete) : null;
    }
}
