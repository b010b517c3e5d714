package rectify.diagram.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.chain.Reviews;
import rectify.core.io.RegisterFileException;
import rectify.diagram.Messages;
import rectify.model.Record;
import rectify.model.Review;
import rectify.ui.editors.RegisterElementInput;

/**
 * Opens the diagram of the review the selection belongs to (a record, its review, or anything in
 * it) or, without such a selection, of the record or review the active editor shows.
 */
public final class OpenDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            Object chosen = chosen(event);
            Review review = Reviews.of(chosen);
            if (review != null) {
                OpenDiagram.open(window.getActivePage(), review);
            } else if (chosen instanceof Record record) {
                MessageDialog.openInformation(window.getShell(), Messages.openTitle,
                        NLS.bind(Messages.openNoReview, record.getTitle()));
            } else {
                MessageDialog.openInformation(window.getShell(), Messages.openTitle, Messages.openNothingSelected);
            }
        } catch (PartInitException | RegisterFileException e) {
            MessageDialog.openError(window.getShell(), Messages.openTitle, e.getMessage());
        }
        return null;
    }

    /** @return the one record or element of a review selected, else what the active editor shows; or {@code null} */
    private static Object chosen(ExecutionEvent event) throws RegisterFileException {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && selection.size() == 1) {
            Object selected = selection.getFirstElement();
            if (selected instanceof Record || Reviews.of(selected) != null) {
                return selected;
            }
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor != null && editor.getEditorInput() instanceof RegisterElementInput input) {
            return input.element();
        }
        return null;
    }
}
