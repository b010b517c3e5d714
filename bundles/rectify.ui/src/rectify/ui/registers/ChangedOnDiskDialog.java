package rectify.ui.registers;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import rectify.core.io.FileNames;
import rectify.core.merge.DiskChange.Difference;

/**
 * The choice when another program changed the file of a register that has unsaved changes here:
 * reload (the file as on disk, the unsaved changes applied to it again), merge by element
 * identity (the changes here, and what was added on disk beside them), or save under another
 * name; or decide later. Each is explained, with what changed on disk.
 */
final class ChangedOnDiskDialog extends MessageDialog {

    /** What the user chose, in the order of the buttons. */
    enum Choice {
        /** Reload from disk and apply the unsaved changes again. */
        RELOAD,
        /** Merge by element identity (and save, when saving). */
        MERGE,
        /** Save under another name. */
        SAVE_AS,
        /** Nothing now. */
        CANCEL
    }

    /**
     * @param saving whether the user is saving (merging then saves; otherwise the question came
     *        up when the change was noticed, and "later" leaves it to the next save)
     */
    ChangedOnDiskDialog(Shell shell, OpenRegister register, Difference difference, boolean saving) {
        super(shell, Messages.changedTitle, null, message(register, difference, saving), WARNING, 0,
                Messages.reload, Messages.merge, Messages.saveAs,
                saving ? IDialogConstants.CANCEL_LABEL : Messages.later);
    }

    private static String message(OpenRegister register, Difference difference, boolean saving) {
        return NLS.bind(Messages.changedMessage, FileNames.display(register.file().getFileName().toString()))
                + "\n\n" //$NON-NLS-1$
                + NLS.bind(Messages.changedDifference, new Object[] { difference.added(), difference.removed(),
                        difference.changed() })
                + "\n\n" + Messages.reloadExplained //$NON-NLS-1$
                + "\n" + (saving ? Messages.mergeAndSaveExplained : Messages.mergeExplained) //$NON-NLS-1$
                + "\n" + Messages.saveAsExplained; //$NON-NLS-1$
    }

    /** @return what the user chose; closing the dialog is {@link Choice#CANCEL} */
    Choice choose() {
        int button = open();
        return button >= 0 && button < Choice.values().length ? Choice.values()[button] : Choice.CANCEL;
    }
}
