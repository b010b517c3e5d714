package rectify.diagram.editor;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import rectify.chain.Reviews;
import rectify.core.io.RegisterFileException;
import rectify.diagram.Messages;
import rectify.model.Record;
import rectify.model.Review;
import rectify.ui.editors.RegisterElementInput;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** Opens the diagram of a review, and finds the review an editor input stands for. */
public final class OpenDiagram {

    private OpenDiagram() {
    }

    /**
     * Opens the diagram of a review of an open register, or brings it to the front.
     *
     * @return the diagram editor
     * @throws PartInitException when the review's register is not open or the editor fails
     */
    public static IEditorPart open(IWorkbenchPage page, Review review) throws PartInitException {
        OpenRegister register = OpenRegisters.get().of(review)
                .orElseThrow(() -> new PartInitException(Messages.openNotInRegister));
        return page.openEditor(new RegisterElementInput(register, review, name(review)), DiagramEditor.ID);
    }

    /** @return the review an input of a review or a record stands for */
    static Review reviewOf(IEditorInput input) throws PartInitException {
        if (!(input instanceof RegisterElementInput elementInput)) {
            throw new PartInitException(NLS.bind(Messages.openNotAReview, input.getName()));
        }
        try {
            Object element = elementInput.element();
            Review review = Reviews.of(element);
            if (review == null) {
                throw new PartInitException(element instanceof Record record
                        ? NLS.bind(Messages.openNoReview, record.getTitle())
                        : NLS.bind(Messages.openNotAReview, input.getName()));
            }
            return review;
        } catch (RegisterFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
    }

    /** @return the editor's name for the review: its record's title */
    static String name(Review review) {
        String title = review.eContainer() instanceof Record record && record.getTitle() != null ? record.getTitle()
                : review.getTitle();
        return NLS.bind(Messages.editorName, title == null ? "" : title);
    }
}
