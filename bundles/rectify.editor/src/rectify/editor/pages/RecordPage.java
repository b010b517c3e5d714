package rectify.editor.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessage;
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

    /** Shows the record's diagnostics in the form's heading: a summary, the list on a click. */
    private void showDiagnostics() {
        IManagedForm managed = getManagedForm();
        if (managed == null || managed.getForm().isDisposed()) {
            return;
        }
        List<IMessage> messages = new ArrayList<>();
        for (Diagnostic diagnostic : register.diagnostics().getChildren()) {
            EObject element = RegisterValidation.elementOf(diagnostic);
            if (element != null && EcoreUtil.isAncestor(record, element)) {
                messages.add(new DiagnosticMessage(diagnostic, element, type(diagnostic.getSeverity())));
            }
        }
        long errors = messages.stream().filter(m -> m.getMessageType() == IMessageProvider.ERROR).count();
        long others = messages.size() - errors;
        int worst = messages.stream().mapToInt(IMessage::getMessageType).max().orElse(IMessageProvider.NONE);
        String summary = messages.isEmpty() ? null : NLS.bind(Messages.diagnosticsSummary, errors, others);
        managed.getForm().getForm().setMessage(summary, worst, messages.toArray(IMessage[]::new));
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
