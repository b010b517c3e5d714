package rectify.search.ui.recurrence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import rectify.model.Problem;
import rectify.search.EarlierProblem;
import rectify.search.Recurrence;
import rectify.search.Recurrences;
import rectify.search.ui.Labels;
import rectify.search.ui.Messages;
import rectify.ui.editors.RecordEditors;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;

/**
 * The details of a problem's recurrence (往年相似问题): for the problem selected anywhere in the
 * workbench, the problems of earlier years of the same organization it resembles, with the score,
 * the shared words and whether it is likely a repeat; the user confirms one as the earlier
 * occurrence (a command: undo takes it back), or withdraws a confirmation.
 */
public final class RecurrencesView extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "rectify.search.ui.recurrences"; //$NON-NLS-1$

    private final ISelectionListener selection = this::selectionChanged;
    private final Runnable known = this::show;
    private final RegisterListener changes = this::registerChanged;
    private Label heading;
    private TableViewer earlier;
    private Button confirm;
    private Button withdraw;
    private Button compare;
    private OpenRegister register;
    private Problem problem;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(parent);
        heading = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(heading);
        earlier = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = earlier.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(table);
        column(Messages.columnYear, 60, e -> Integer.toString(e.year()));
        column(Messages.columnNumber, 50, EarlierProblem::number);
        column(Messages.columnEarlierProblem, 260, EarlierProblem::headline);
        column(Messages.columnScore, 60, e -> String.format(Locale.ROOT, "%.2f", e.score())); //$NON-NLS-1$
        column(Messages.columnSharedWords, 200, e -> String.join("、", e.sharedWords())); //$NON-NLS-1$
        column(Messages.columnJudgement, 90, this::judgement);
        column(Messages.columnRecord, 240, EarlierProblem::recordTitle);
        earlier.setContentProvider(ArrayContentProvider.getInstance());
        earlier.addSelectionChangedListener(event -> enable());
        confirm = button(parent, Messages.buttonConfirmRepeat, this::confirm);
        withdraw = button(parent, Messages.buttonWithdrawRepeat, this::withdraw);
        compare = button(parent, Messages.buttonCompareAgain, this::compareAgain);
        getSite().getPage().addPostSelectionListener(selection);
        RecurrenceWatch.get().addListener(known);
        OpenRegisters.get().addListener(changes);
        ISelection current = getSite().getPage().getSelection();
        if (current != null) {
            selectionChanged(null, current);
        }
        show();
    }

    private void column(String title, int width, Function<EarlierProblem, String> text) {
        TableViewerColumn column = new TableViewerColumn(earlier, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((EarlierProblem) element);
            }
        });
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private String judgement(EarlierProblem candidate) {
        Problem confirmed = problem == null ? null : problem.getEarlierOccurrence();
        if (confirmed != null && register != null && Repeats.earlier(register, candidate) == confirmed) {
            return Messages.judgementConfirmed;
        }
        return candidate.repeat() ? Messages.judgementLikely : Messages.judgementSimilar;
    }

    private void selectionChanged(IWorkbenchPart part, ISelection chosen) {
        if (part == this || !(chosen instanceof IStructuredSelection structured) || structured.size() != 1) {
            return;
        }
        if (!(Adapters.adapt(structured.getFirstElement(), EObject.class) instanceof Problem selected)) {
            return;
        }
        Optional<OpenRegister> open = OpenRegisters.get().of(selected);
        if (open.isPresent()) {
            problem = selected;
            register = open.get();
            show();
        }
    }

    private void registerChanged(OpenRegister changed, RegisterListener.Change change) {
        if (changed == register && change != RegisterListener.Change.OPENED) {
            show();
        }
    }

    /** Shows what is known of the problem selected. */
    private void show() {
        if (heading == null || heading.isDisposed()) {
            return;
        }
        if (problem == null || register == null || problem.eResource() == null) {
            heading.setText(Messages.recurrencesHint);
            earlier.setInput(List.of());
        } else {
            Recurrence recurrence = RecurrenceWatch.get().of(register, problem);
            List<EarlierProblem> candidates = recurrence == null ? List.of() : recurrence.earlier();
            String state = recurrence == null ? Messages.recurrencesNotCompared
                    : candidates.isEmpty() ? Messages.recurrencesNone
                            : NLS.bind(Messages.recurrencesFound, candidates.size(),
                                    String.format(Locale.ROOT, "%.2f", Recurrences.THRESHOLD)); //$NON-NLS-1$
            heading.setText(Labels.of(problem) + "\n" + state); //$NON-NLS-1$
            earlier.setInput(candidates);
        }
        heading.getParent().layout(true, true);
        enable();
    }

    private EarlierProblem chosen() {
        return (EarlierProblem) earlier.getStructuredSelection().getFirstElement();
    }

    private void enable() {
        EarlierProblem chosen = chosen();
        Problem target = chosen == null || register == null ? null : Repeats.earlier(register, chosen);
        confirm.setEnabled(problem != null && target != null && problem.getEarlierOccurrence() != target);
        confirm.setToolTipText(chosen != null && target == null ? Messages.repeatInOtherRegister : null);
        withdraw.setEnabled(problem != null && problem.getEarlierOccurrence() != null);
        compare.setEnabled(problem != null && register != null);
    }

    private void confirm() {
        Problem target = Repeats.earlier(register, chosen());
        if (target != null) {
            register.domain().getCommandStack().execute(Repeats.confirm(register.domain(), problem, target));
            show();
        }
    }

    private void withdraw() {
        register.domain().getCommandStack().execute(Repeats.confirm(register.domain(), problem, null));
        show();
    }

    private void compareAgain() {
        RecurrenceWatch.get().compare(register, RecordEditors.recordOf(problem));
        heading.setText(Labels.of(problem) + "\n" + Messages.recurrencesComparing); //$NON-NLS-1$
    }

    /** Shows a problem as if the user selected it (the tests' seam). */
    void select(OpenRegister open, Problem selected) {
        register = open;
        problem = selected;
        show();
    }

    /** @return the table of earlier problems (the tests look at it) */
    TableViewer earlier() {
        return earlier;
    }

    @Override
    public void setFocus() {
        earlier.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selection);
        RecurrenceWatch.get().removeListener(known);
        OpenRegisters.get().removeListener(changes);
        super.dispose();
    }
}
