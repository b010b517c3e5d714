package rectify.editor.pages;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;

import rectify.chain.commands.NewElements;
import rectify.model.Aspect;
import rectify.model.DiagramLayout;
import rectify.model.Direction;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Record;
import rectify.model.Review;
import rectify.ui.registers.OpenRegister;

/**
 * The review as written: aspects with their problems and examples, causes, directions with
 * their measures, in a tree; the selected element's text and links beside it. The diagram's
 * layout belongs to the diagram editor and is not shown.
 */
public final class ReviewPage extends RecordPage {

    /** Leaves out the review's diagram layout, which trees of the review do not show. */
    public static final ViewerFilter WITHOUT_LAYOUT = new ViewerFilter() {
        @Override
        public boolean select(Viewer viewer, Object parent, Object element) {
            return !(element instanceof DiagramLayout);
        }
    };

    private TreeMasterDetail tree;

    public ReviewPage(FormEditor editor, OpenRegister register, Record record) {
        super(editor, "review", Messages.review, register, record);
    }

    @Override
    protected void fill(IManagedForm managed) {
        if (record().getReview() == null) {
            Button create = managed.getToolkit().createButton(managed.getForm().getBody(), Messages.createReview,
                    SWT.PUSH);
            create.addListener(SWT.Selection, event -> {
                domain().getCommandStack().execute(SetCommand.create(domain(), record(), Literals.RECORD__REVIEW,
                        RectifyFactory.eINSTANCE.createReview()));
                create.dispose();
                showTree(managed);
            });
            return;
        }
        showTree(managed);
    }

    private void showTree(IManagedForm managed) {
        Review review = record().getReview();
        tree = new TreeMasterDetail(managed.getToolkit(), managed.getForm(), managed.getForm().getBody(),
                Messages.reviewContents, domain(), adapterFactory(), input -> new Object[] { review },
                List.of(AddAction.under(Messages.addAspect, Review.class, review, NewElements::aspect),
                        AddAction.under(Messages.addProblem, Aspect.class, review, NewElements::problem),
                        AddAction.under(Messages.addExample, Problem.class, review, (domain, problem) -> AddCommand
                                .create(domain, problem, Literals.PROBLEM__EXAMPLES,
                                        RectifyFactory.eINSTANCE.createExample())),
                        AddAction.under(Messages.addCause, Review.class, review, NewElements::cause),
                        AddAction.under(Messages.addDirection, Review.class, review, NewElements::direction),
                        AddAction.under(Messages.addMeasure, Direction.class, review, NewElements::measure)),
                Set.of());
        tree.viewer().addFilter(WITHOUT_LAYOUT);
        tree.setInput(record());
        managed.getForm().reflow(true);
    }

    /** Selects {@code element} of the review in the tree, showing its fields. */
    public void select(EObject element) {
        if (tree != null) {
            tree.viewer().setSelection(new StructuredSelection(element), true);
        }
    }

    @Override
    public void dispose() {
        if (tree != null) {
            tree.dispose();
        }
        super.dispose();
    }
}
