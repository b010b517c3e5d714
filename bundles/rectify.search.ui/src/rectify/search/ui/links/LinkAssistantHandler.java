package rectify.search.ui.links;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.chain.Reviews;
import rectify.model.Review;
import rectify.search.ui.Messages;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** Opens the link assistant on the review of the record or element selected (in a view, an editor or the diagram). */
public final class LinkAssistantHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Review review = reviewOf(HandlerUtil.getCurrentSelection(event));
        OpenRegister register = review == null ? null : OpenRegisters.get().of(review).orElse(null);
        if (register == null) {
            MessageDialog.openInformation(shell, Messages.linkAssistantTitle, Messages.linkAssistantChooseRecord);
            return null;
        }
        open(shell, register, review);
        return null;
    }

    /** Opens the assistant on a review. */
    static void open(Shell shell, OpenRegister register, Review review) {
        new LinkAssistantDialog(shell, register, review).open();
    }

    /** @return the review of the record, review or element selected; {@code null} when there is none */
    static Review reviewOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            EObject element = Adapters.adapt(structured.getFirstElement(), EObject.class);
            return element == null ? null : Reviews.of(element);
        }
        return null;
    }
}
