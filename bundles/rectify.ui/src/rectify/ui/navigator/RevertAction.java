package rectify.ui.navigator;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.actions.ActionFactory;

import rectify.ui.registers.OpenRegister;

/** Undoes every change of a register since it was last saved, once the user agrees. */
final class RevertAction extends Action {

    private final Supplier<OpenRegister> register;
    private final Shell shell;

    RevertAction(Supplier<OpenRegister> register, Shell shell) {
        super(Messages.revert);
        this.register = register;
        this.shell = shell;
        setId(ActionFactory.REVERT.getId());
        setActionDefinitionId(ActionFactory.REVERT.getCommandId());
        update();
    }

    /** Enables the action when the register has changes not saved. */
    void update() {
        OpenRegister open = register.get();
        setEnabled(open != null && open.isDirty());
    }

    @Override
    public void run() {
        OpenRegister open = register.get();
        if (open != null && open.isDirty() && MessageDialog.openQuestion(shell, Messages.revertTitle,
                NLS.bind(Messages.revertQuestion, open.file().getFileName()))) {
            open.revert();
        }
    }
}
