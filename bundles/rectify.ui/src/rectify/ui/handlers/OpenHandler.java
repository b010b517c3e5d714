package rectify.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.model.Register;
import rectify.ui.editors.RecordEditors;
import rectify.ui.overview.RegisterOverview;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.Selections;

/**
 * Opens the selected element: a register in its overview, a record (or an element of one) in the
 * record editor. Without a record editor installed, says so.
 */
public final class OpenHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
        setBaseEnabled(selection instanceof ISelection current && opens(Selections.single(current)));
    }

    private static boolean opens(Object item) {
        return item instanceof Register || item instanceof EObject element && RecordEditors.recordOf(element) != null;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Object item = Selections.single(HandlerUtil.getCurrentSelection(event));
        if (!opens(item)) {
            return null;
        }
        EObject element = (EObject) item;
        OpenRegister register = OpenRegisters.get().of(element).orElse(null);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (register == null || page == null) {
            return null;
        }
        try {
            if (element instanceof Register) {
                return page.openEditor(RegisterOverview.inputOf(register), RegisterOverview.ID);
            }
            if (!RecordEditors.installed()) {
                MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.noRecordEditorTitle,
                        NLS.bind(Messages.noRecordEditor, RecordEditors.EDITOR_ID));
                return null;
            }
            return RecordEditors.open(page, register, element);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
