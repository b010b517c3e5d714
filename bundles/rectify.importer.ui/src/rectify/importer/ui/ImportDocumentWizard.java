package rectify.importer.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;

import rectify.chain.commands.NewRecords;
import rectify.importer.DocumentImport;
import rectify.importer.RegisterAddition;
import rectify.model.RectifyPackage;
import rectify.model.Register;
import rectify.ui.editors.RecordEditors;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Imports a Word document (.docx or .doc), a PDF or a text file as a new record of an open
 * register: the first page picks the document, the register and the template; the second shows
 * what was recognised, what was inferred and what could not be placed (kept as notes). Finish
 * adds the record, with the notices, responsible leaders and units the register lacks, in one
 * command on the register's command stack (Edit › Undo takes it back; File › Save keeps it),
 * then shows it in the navigator and in the record editor.
 */
public final class ImportDocumentWizard extends Wizard implements IImportWizard {

    /** The wizard's id, as plugin.xml declares it. */
    public static final String ID = "rectify.importer.ui.document"; //$NON-NLS-1$

    private static final String NAVIGATOR = "rectify.ui.navigator"; //$NON-NLS-1$

    private IWorkbench workbench;
    private Path presetDocument;
    private OpenRegister presetRegister;
    private DocumentPage documentPage;
    private ReviewPage reviewPage;

    /** A wizard to start empty, or from the workbench selection through {@link #init}. */
    public ImportDocumentWizard() {
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(true);
    }

    /**
     * Opens the wizard for a document, for example one dropped on the navigator: the document and
     * the register are chosen already, and the user sees the review of the recognition before
     * finishing.
     *
     * @param shell the parent shell
     * @param document the document (see {@link DocumentImport#accepts(Path)})
     * @param register the open register the record is to go into, or {@code null} to choose one
     * @return whether the user finished, adding the record
     */
    public static boolean open(Shell shell, Path document, OpenRegister register) {
        ImportDocumentWizard wizard = new ImportDocumentWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        wizard.presetDocument = Objects.requireNonNull(document);
        wizard.presetRegister = register;
        return new WizardDialog(shell, wizard).open() == WizardDialog.OK;
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof EObject element) {
            presetRegister = OpenRegisters.get().of(element).orElse(null);
        }
    }

    @Override
    public void addPages() {
        documentPage = new DocumentPage(presetDocument, presetRegister);
        reviewPage = new ReviewPage(documentPage);
        addPage(documentPage);
        addPage(reviewPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == reviewPage && reviewPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        OpenRegister register = documentPage.register();
        RegisterAddition addition = reviewPage.addition();
        if (register == null || addition == null || !OpenRegisters.get().registers().contains(register)) {
            return false;
        }
        EditingDomain domain = register.domain();
        Register target = register.register();
        CompoundCommand add = new CompoundCommand(Messages.commandLabel);
        if (!addition.newPeople().isEmpty()) {
            add.append(
                    AddCommand.create(domain, target, RectifyPackage.Literals.REGISTER__PEOPLE, addition.newPeople()));
        }
        if (!addition.newUnits().isEmpty()) {
            add.append(AddCommand.create(domain, target, RectifyPackage.Literals.REGISTER__UNITS, addition.newUnits()));
        }
        add.append(
                NewRecords.add(domain, target, addition.record(), addition.newNotices(), null, Messages.commandLabel));
        if (!add.canExecute()) {
            MessageDialog.openError(getShell(), Messages.wizardTitle, Messages.cannotAdd);
            return false;
        }
        domain.getCommandStack().execute(add);
        show(register, addition);
        return true;
    }

    /** Selects the new record in the navigator and opens it, when there is a page to show it in. */
    private void show(OpenRegister register, RegisterAddition addition) {
        IWorkbenchPage page = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (page == null) {
            return;
        }
        try {
            IViewPart navigator = page.showView(NAVIGATOR, null, IWorkbenchPage.VIEW_VISIBLE);
            if (navigator instanceof IShowInTarget target) {
                target.show(new ShowInContext(null, new StructuredSelection(addition.record())));
            }
            if (RecordEditors.installed()) {
                RecordEditors.open(page, register, addition.record());
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), Messages.wizardTitle, e.getMessage());
        }
    }
}
