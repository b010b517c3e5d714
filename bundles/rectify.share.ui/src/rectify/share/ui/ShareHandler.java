package rectify.share.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.core.io.FileNames;
import rectify.share.Sharing;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.Saving;

/**
 * Share Register (共享记录册): makes a shared register of the selected register file in a new or
 * empty folder, and opens it beside the file.
 */
public final class ShareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenRegister register = Shared.register(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (register == null) {
            return null;
        }
        if (Shared.isShared(register)) {
            MessageDialog.openInformation(shell, Messages.shareTitle,
                    NLS.bind(Messages.alreadyShared, FileNames.display(Shared.folder(register))));
            return null;
        }
        if (register.isDirty() && !Saving.save(shell, register)) {
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.shareTitle);
        dialog.setMessage(Messages.shareFolder);
        dialog.setFilterPath(register.file().getParent().toString());
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        try {
            Path shared = Sharing.share(register.file(), Path.of(chosen));
            OpenRegisters.get().open(shared);
            MessageDialog.openInformation(shell, Messages.shareTitle,
                    NLS.bind(Messages.shared, FileNames.display(Path.of(chosen))));
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.shareTitle, e.getMessage());
        }
        return null;
    }
}
