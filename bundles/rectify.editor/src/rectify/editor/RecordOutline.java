package rectify.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import rectify.editor.pages.ReviewPage;
import rectify.model.Record;
import rectify.model.Review;
import rectify.ui.registers.OpenRegisters;

/**
 * The Outline of a record's editor: its review's aspects with their problems, causes, directions
 * with their measures, kept up to date; choosing one shows it on the review page.
 */
final class RecordOutline extends ContentOutlinePage {

    private final RecordEditor editor;

    RecordOutline(RecordEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        AdapterFactory adapterFactory = OpenRegisters.get().adapterFactory();
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new AdapterFactoryContentProvider(adapterFactory) {
            @Override
            public Object[] getElements(Object input) {
                Review review = ((Record) input).getReview();
                return review == null ? new Object[0] : getChildren(review);
            }
        });
        viewer.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));
        viewer.addFilter(ReviewPage.WITHOUT_LAYOUT);
        viewer.setInput(editor.record());
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof EObject element) {
            editor.reveal(element);
        }
    }
}
