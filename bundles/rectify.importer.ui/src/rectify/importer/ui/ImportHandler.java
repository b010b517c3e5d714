package rectify.importer.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The command {@value #COMMAND}: the import wizard (File › Import… in the product), for the
 * register of the element selected, if any. Its optional parameters preset the wizard without a
 * dependency on this bundle, so a view can offer to import a document dropped on it:
 * {@value #DOCUMENT} is the document's path and {@value #REGISTER} the file of an open register;
 * with a document the wizard opens with it chosen and the register too.
 */
public final class ImportHandler extends AbstractHandler {

    /** The command's id. */
    public static final String COMMAND = "rectify.importer.ui.import"; //$NON-NLS-1$
    /** The parameter that names the document to import. */
    public static final String DOCUMENT = "document"; //$NON-NLS-1$
    /** The parameter that names the file of the open register the record goes into. */
    public static final String REGISTER = "register"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        String document = event.getParameter(DOCUMENT);
        if (document != null) {
            ImportDocumentWizard.open(window.getShell(), Path.of(document), register(event.getParameter(REGISTER)));
            return null;
        }
        ImportDocumentWizard wizard = new ImportDocumentWizard();
        wizard.init(window.getWorkbench(),
                HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                        ? selection
                        : StructuredSelection.EMPTY);
        new WizardDialog(window.getShell(), wizard).open();
        return null;
    }

    /** @return the open register of that file, or {@code null} */
    private static OpenRegister register(String file) {
        if (file == null) {
            return null;
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        return OpenRegisters.get().registers().stream().filter(register -> register.file().equals(path)).findFirst()
                .orElse(null);
    }
}
