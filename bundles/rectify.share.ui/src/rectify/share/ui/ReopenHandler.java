package rectify.share.ui;

import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.model.Record;
import rectify.model.RecordStatus;
import rectify.model.RectifyPackage;
import rectify.share.RecordLocks;
import rectify.share.SaveNote;
import rectify.share.Wording;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.Saving;

/**
 * Reopen Record (重新打开记录): a closed or archived record of a shared register goes back to
 * rectifying, with a reason, saved at once as a commit of its own that carries the reason.
 */
public final class ReopenHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenRegister register = Shared.sharedOrSay(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (register == null || !(Shared.element(HandlerUtil.getCurrentSelection(event)) instanceof Record record)) {
            return null;
        }
        if (!RecordLocks.isLocked(record)) {
            MessageDialog.openInformation(shell, Messages.reopenTitle, Messages.notLocked);
            return null;
        }
        String name = new Wording(Locale.getDefault(), id -> null).element(record);
        InputDialog dialog = new InputDialog(shell, Messages.reopenTitle, NLS.bind(Messages.reopenMessage, name), "", //$NON-NLS-1$
                text -> text.isBlank() ? Messages.reasonMessage : null);
        if (dialog.open() != Window.OK) {
            return null;
        }
        LockGuard.reopen(record, () -> register.domain().getCommandStack().execute(SetCommand.create(register.domain(),
                record, RectifyPackage.Literals.RECORD__STATUS, RecordStatus.RECTIFYING)));
        SaveNote.set(record.eResource(), dialog.getValue());
        Saving.save(shell, register);
        ShareDecorator.refresh();
        return null;
    }
}
