package rectify.ui.navigator;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.actions.ActionFactory;

import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Record;
import rectify.model.RectifyPackage;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.Selections;

/**
 * Renames the selected element through a dialog: the title of a record, the headline of a
 * problem, cause or measure, the heading of a direction. One command on the register's stack.
 */
final class RenameAction extends Action {

    private final ISelectionProvider selection;
    private final Shell shell;

    RenameAction(ISelectionProvider selection, Shell shell) {
        super(Messages.rename);
        this.selection = selection;
        this.shell = shell;
        setId(ActionFactory.RENAME.getId());
        setActionDefinitionId(ActionFactory.RENAME.getCommandId());
        update();
    }

    /** Enables the action for one selected element that has a name to change. */
    void update() {
        setEnabled(nameOf(Selections.single(selection.getSelection())) != null);
    }

    @Override
    public void run() {
        Object item = Selections.single(selection.getSelection());
        EAttribute name = nameOf(item);
        if (name == null) {
            return;
        }
        EObject element = (EObject) item;
        Object current = element.eGet(name);
        InputDialog dialog = new InputDialog(shell, Messages.renameTitle, Messages.renameMessage,
                current == null ? "" : current.toString(), //$NON-NLS-1$
                text -> text.isBlank() ? Messages.titleRequired : null);
        if (dialog.open() == IDialogConstants.OK_ID) {
            rename(element, dialog.getValue().strip());
        }
    }

    /** Gives {@code element} a new name, as one command on its register's stack. */
    static void rename(EObject element, String newName) {
        OpenRegister register = OpenRegisters.get().of(element).orElseThrow();
        Command set = SetCommand.create(register.domain(), element, nameOf(element), newName);
        register.domain().getCommandStack().execute(new CommandWrapper(Messages.renameCommand, null, set));
    }

    /** @return the attribute that names an element; null for items without one */
    static EAttribute nameOf(Object item) {
        return switch (item) {
            case Record record -> RectifyPackage.Literals.RECORD__TITLE;
            case ChainElement element -> RectifyPackage.Literals.CHAIN_ELEMENT__HEADLINE;
            case Direction direction -> RectifyPackage.Literals.DIRECTION__HEADING;
            case null, default -> null;
        };
    }
}
