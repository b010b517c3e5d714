package rectify.share.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.core.io.FileNames;
import rectify.share.Sharing;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** The open registers the commands of this bundle act on, and whether they are shared. */
final class Shared {

    private Shared() {
    }

    /** @return the first element of a selection, or {@code null} */
    static EObject element(ISelection selection) {
        return selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof EObject element
                        ? element
                        : null;
    }

    /** @return the open register of the command's selection, or {@code null} */
    static OpenRegister register(ExecutionEvent event) {
        EObject element = element(HandlerUtil.getCurrentSelection(event));
        return element == null ? null : OpenRegisters.get().of(element).orElse(null);
    }

    /** @return whether an open register is shared */
    static boolean isShared(OpenRegister register) {
        return register != null && Sharing.isShared(register.register().eResource());
    }

    /** @return the folder of a shared register */
    static Path folder(OpenRegister register) {
        return register.file().getParent();
    }

    /** @return the shared register of the command's selection; tells the user and answers {@code null} when it is none */
    static OpenRegister sharedOrSay(ExecutionEvent event) {
        OpenRegister register = register(event);
        if (register != null && !isShared(register)) {
            Shell shell = HandlerUtil.getActiveShell(event);
            MessageDialog.openInformation(shell, Messages.syncTitle,
                    NLS.bind(Messages.notShared, FileNames.display(register.file().getFileName().toString())));
            return null;
        }
        return register;
    }
}
