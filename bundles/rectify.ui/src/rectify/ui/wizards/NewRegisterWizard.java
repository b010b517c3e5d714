package rectify.ui.wizards;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;

import rectify.core.io.RegisterFiles;
import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * A new, empty register file for an organization: written through {@link RegisterFiles}, then
 * opened and shown in the navigator.
 */
public final class NewRegisterWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private NewRegisterPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        setWindowTitle(Messages.newRegisterTitle);
    }

    @Override
    public void addPages() {
        page = new NewRegisterPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            OpenRegister register = OpenRegisters.get()
                    .open(create(page.file(), page.organization(), page.fondsCode()));
            if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
                RegisterNavigator.reveal(workbench.getActiveWorkbenchWindow().getActivePage(), register.register());
            }
            return true;
        } catch (IOException | PartInitException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
    }

    /**
     * Writes a new register file with no records.
     *
     * @param file the file, which must not exist; missing folders are made
     * @param organization the organization's name; blank for none
     * @param fondsCode the fonds code; blank for none
     * @return the file
     * @throws IOException when the file exists or cannot be written
     */
    static Path create(Path file, String organization, String fondsCode) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Files.createDirectories(file.getParent());
        Resource resource = RegisterFiles.create(RegisterFiles.newResourceSet(), file);
        Register register = RectifyFactory.eINSTANCE.createRegister();
        register.setOrganizationName(organization.isBlank() ? null : organization);
        register.setFondsCode(fondsCode.isBlank() ? null : fondsCode);
        resource.getContents().add(register);
        RegisterFiles.save(resource);
        return file;
    }
}
