package rectify.ui.registers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import rectify.core.io.RegisterFiles;

/** Saving an open register from the user interface, with the file's message when it fails. */
public final class SaveRegister {

    private static final String SUFFIX = "." + RegisterFiles.EXTENSION; //$NON-NLS-1$

    private SaveRegister() {
    }

    /** Saves a register; tells the user when it fails. @return true when saved */
    public static boolean save(Shell shell, OpenRegister register) {
        try {
            register.save();
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.saveFailed, e.getMessage());
            return false;
        }
    }

    /**
     * Asks for another file and saves the register to it, adding {@code .rectify} when the name
     * lacks it; tells the user when saving fails.
     *
     * @return true when saved
     */
    public static boolean saveAs(Shell shell, OpenRegister register) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.saveAsTitle);
        dialog.setFilterExtensions(new String[] {"*" + SUFFIX}); //$NON-NLS-1$
        dialog.setFilterPath(register.file().getParent().toString());
        dialog.setFileName(register.file().getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        try {
            register.saveAs(Path.of(chosen.endsWith(SUFFIX) ? chosen : chosen + SUFFIX));
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.saveFailed, e.getMessage());
            return false;
        }
    }
}
