package rectify.share.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.share.SaveNote;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.Saving;

/** Save with Reason (保存并说明原因): the commit of this save carries the reason given. */
public final class SaveWithReasonHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenRegister register = Shared.sharedOrSay(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (register == null) {
            return null;
        }
        InputDialog dialog = new InputDialog(shell, Messages.reasonTitle, Messages.reasonMessage, "", null); //$NON-NLS-1$
        if (dialog.open() != Window.OK) {
            return null;
        }
        SaveNote.set(register.register().eResource(), dialog.getValue());
        if (!Saving.save(shell, register)) {
            SaveNote.set(register.register().eResource(), null);
        }
        ShareDecorator.refresh();
        return null;
    }
}
