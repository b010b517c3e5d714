package rectify.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.model.Register;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.Saving;
import rectify.ui.registers.Selections;

/** Closes the selected register, offering to save its changes first. */
public final class CloseRegisterHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
        setBaseEnabled(selection instanceof ISelection current && registerOf(current) != null);
    }

    private static OpenRegister registerOf(ISelection selection) {
        return Selections.single(selection) instanceof Register register ? OpenRegisters.get().of(register).orElse(null)
                : null;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        OpenRegister register = registerOf(HandlerUtil.getCurrentSelection(event));
        if (register != null && mayClose(register, HandlerUtil.getActiveShell(event))) {
            OpenRegisters.get().close(register);
        }
        return null;
    }

    /** Asks whether to save a changed register; true when it may be closed. */
    private static boolean mayClose(OpenRegister register, Shell shell) {
        if (!register.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, Messages.closeTitle, null,
                NLS.bind(Messages.closeQuestion, register.file().getFileName()), MessageDialog.QUESTION, 0,
                Messages.closeSave, Messages.closeDiscard, IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> Saving.save(shell, register);
            case 1 -> true;
            default -> false;
        };
    }
}
