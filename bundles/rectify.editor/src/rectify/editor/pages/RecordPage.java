package rectify.editor.pages;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;

import rectify.model.Record;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;
import rectify.ui.registers.RegisterListener.Change;
import rectify.validation.RegisterValidation;

/**
 * A page of the record editor: a scrolled form about one part of the record. Its heading shows
 * the record's diagnostics from the closed-loop rules, kept up to date.
 */
abstract class RecordPage extends FormPage {

    private final Record record;
    private final OpenRegister register;
    private final RegisterListener diagnostics = (changed, change) -> {
        if (changed == register() && change == Change.DIAGNOSTICS) {
            showDiagnostics();
        }
    };

    RecordPage(FormEditor editor, String id, String title, OpenRegister register, Record record) {
        super(editor, id, title);
        this.register = register;
        this.record = record;
    }

    @Override
    protected final void createFormContent(IManagedForm managed) {
        managed.getForm().setText(record.getTitle());
        managed.getToolkit().decorateFormHeading(managed.getForm().getForm());
        GridLayoutFactory.swtDefaults().applyTo(managed.getForm().getBody());
        fill(managed);
        showDiagnostics();
        OpenRegisters.get().addListener(diagnostics);
    }

    private void showDiagnostics() {
        IManagedForm managed = getManagedForm();
        if (managed == null || managed.getForm().isDisposed()) {
            return;
        }
        IMessageManager messages = managed.getMessageManager();
        messages.setAutoUpdate(false);
        messages.removeAllMessages();
        for (Diagnostic diagnostic : register.diagnostics().getChildren()) {
            EObject element = RegisterValidation.elementOf(diagnostic);
            if (element != null && EcoreUtil.isAncestor(record, element)) {
                messages.addMessage(diagnostic, diagnostic.getMessage(), element, type(diagnostic.getSeverity()));
            }
        }
        messages.setAutoUpdate(true);
    }

    private static int type(int severity) {
        return switch (severity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> IMessageProvider.ERROR;
            case Diagnostic.WARNING -> IMessageProvider.WARNING;
            default -> IMessageProvider.INFORMATION;
        };
    }

    protected final OpenRegister register() {
        return register;
    }

    @Override
    public void dispose() {
        OpenRegisters.get().removeListener(diagnostics);
        super.dispose();
    }

    /** Fills the page's form. */
    protected abstract void fill(IManagedForm managed);

    protected final Record record() {
        return record;
    }

    protected final EditingDomain domain() {
        return register.domain();
    }

    protected final AdapterFactory adapterFactory() {
        return OpenRegisters.get().adapterFactory();
    }
}
