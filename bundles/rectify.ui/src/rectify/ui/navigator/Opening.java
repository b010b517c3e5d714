package rectify.ui.navigator;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import rectify.core.io.RegisterFileException;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** Opens a register file for the user: shows it in the navigator, or says why it cannot be opened. */
public final class Opening {

    private Opening() {
    }

    /** @return the register opened; null when it could not be, which the user was told */
    public static OpenRegister open(IWorkbenchWindow window, Path file) {
        try {
            OpenRegister register = OpenRegisters.get().open(file);
            RegisterNavigator.reveal(window.getActivePage(), register.register());
            return register;
        } catch (RegisterFileException | PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.openFailed, e.getMessage());
        }
        return null;
    }
}
