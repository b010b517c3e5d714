package rectify.ui.wizards;

import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import rectify.chain.commands.NewRecords;
import rectify.model.Record;
import rectify.model.RectifyPackage;
import rectify.model.ReviewTemplate;
import rectify.ui.editors.RecordEditors;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.Selections;

/**
 * A new meeting or inspection (the kind is the wizard's data in plugin.xml, e.g.
 * {@code NewRecordWizard:meeting}) in an open register, from a template: one command on the
 * register's stack. The record is then selected in the navigator and opened in the record editor.
 */
public final class NewRecordWizard extends Wizard implements INewWizard, IExecutableExtension {

    private EClass kind = RectifyPackage.Literals.MEETING;
    private IWorkbench workbench;
    private OpenRegister preselected;
    private RecordPage recordPage;
    private TemplatePage templatePage;
    private NoticePage noticePage;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        kind = "inspection".equals(String.valueOf(data).toLowerCase(Locale.ROOT)) //$NON-NLS-1$
                ? RectifyPackage.Literals.INSPECTION
                : RectifyPackage.Literals.MEETING;
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        preselected = Selections.registerOf(selection);
        setWindowTitle(
                kind == RectifyPackage.Literals.MEETING ? Messages.newMeetingTitle : Messages.newInspectionTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        recordPage = new RecordPage(kind, preselected);
        templatePage = new TemplatePage(() -> recordPage.getControl() == null ? preselected : recordPage.register(),
                kind == RectifyPackage.Literals.MEETING);
        noticePage = new NoticePage();
        addPage(recordPage);
        addPage(templatePage);
        addPage(noticePage);
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == templatePage) {
            return templatePage.choice() instanceof TemplateChoice.FromNotice ? noticePage : null;
        }
        return super.getNextPage(page);
    }

    @Override
    public boolean canFinish() {
        return recordPage.isPageComplete() && templatePage.choice() != null
                && (!(templatePage.choice() instanceof TemplateChoice.FromNotice) || noticePage.isPageComplete());
    }

    @Override
    public boolean performFinish() {
        OpenRegister register = recordPage.register();
        ReviewTemplate template = templatePage.choice() instanceof TemplateChoice.FromNotice ? noticePage.template()
                : templatePage.choice().template();
        Command command = NewRecords.command(register.domain(), register.register(), recordPage.spec(), template);
        register.domain().getCommandStack().execute(command);
        show(register, NewRecords.recordOf(command));
        return true;
    }

    /** Selects the new record in the navigator and opens it when a record editor is installed. */
    private void show(OpenRegister register, Record record) {
        IWorkbenchPage page = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (page == null || !OpenRegisters.get().registers().contains(register)) {
            return;
        }
        try {
            RegisterNavigator.reveal(page, record);
            RecordEditors.open(page, register, record);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), Messages.openFailed, e.getMessage());
        }
    }
}
