package rectify.share.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import rectify.core.merge.ModelDiff;
import rectify.model.Record;
import rectify.model.Register;
import rectify.share.History;
import rectify.share.Wording;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;

/**
 * The History view (历史记录) of a record or of one element of a shared register, from its
 * commits: when, who, which element and field, from what to what, and the commit's message; newest
 * first. It follows the selection, and reads again after each save. Two changes selected (or one)
 * compare their versions ({@link ComparisonDialog}).
 */
public final class HistoryView extends ViewPart {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "rectify.share.ui.history"; //$NON-NLS-1$
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    /** A change as the table shows it. */
    record Row(History.Entry entry, String element, String field, String from, String to) {
    }

    private final ISelectionListener selection = this::selected;
    private final RegisterListener saved = this::registerChanged;
    private TableViewer viewer;
    private EObject shown;
    private Path folder;
    private Job loading;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.historyWhen, 2, row -> TIME.format(row.entry().time().atZone(ZoneId.systemDefault())));
        column(layout, Messages.historyWho, 2, row -> row.entry().author().getName());
        column(layout, Messages.historyElement, 3, Row::element);
        column(layout, Messages.historyField, 2, Row::field);
        column(layout, Messages.historyFrom, 3, Row::from);
        column(layout, Messages.historyTo, 3, Row::to);
        column(layout, Messages.historyMessage, 4, row -> row.entry().message().lines().findFirst().orElse("")); //$NON-NLS-1$
        getSite().setSelectionProvider(viewer);
        Action compare = new Action(Messages.compare) {
            @Override
            public void run() {
                compareSelected();
            }
        };
        compare.setToolTipText(Messages.compareTooltip);
        getViewSite().getActionBars().getToolBarManager().add(compare);
        getSite().getPage().addPostSelectionListener(selection);
        OpenRegisters.get().addListener(saved);
        setContentDescription(Messages.historyNone);
        selected(null, getSite().getPage().getSelection());
    }

    private void column(TableColumnLayout layout, String header, int weight,
            java.util.function.Function<Row, String> text) {
        column(viewer, layout, header, weight, text);
    }

    /** Adds a column of changes to a table, its tool tip the commit's message. */
    static void column(TableViewer viewer, TableColumnLayout layout, String header, int weight,
            java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Row row && !row.entry().message().isEmpty() ? row.entry().message() : null;
            }
        });
    }

    private void selected(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection chosen) {
        if (part == this) {
            return;
        }
        EObject element = Shared.element(chosen);
        if (element != null) {
            show(element);
        }
    }

    private void registerChanged(OpenRegister register, RegisterListener.Change change) {
        if (change == RegisterListener.Change.SAVED && shown != null && register.contains(shown)) {
            show(shown);
        }
    }

    /** Shows the history of an element of a shared register (nothing changes for other elements). */
    public void show(EObject element) {
        OpenRegister register = element == null ? null : OpenRegisters.get().of(element).orElse(null);
        Record record = recordOf(element);
        if (!Shared.isShared(register) || record == null) {
            return;
        }
        shown = element;
        folder = Shared.folder(register);
        String recordId = record.eResource().getURIFragment(record);
        String elementId = element.eResource().getURIFragment(element);
        Wording names = new Wording(Locale.getDefault(), id -> null);
        setContentDescription(NLS.bind(Messages.historyOf, names.element(element)));
        if (loading != null) {
            loading.cancel();
        }
        Path from = folder;
        Display display = viewer.getControl().getDisplay();
        loading = Job.create(Messages.historyLoading, (IProgressMonitor monitor) -> {
            try {
                List<History.Entry> entries = History.of(from, recordId);
                if (element != record) {
                    entries = History.of(entries, elementId);
                }
                Map<String, EObject> known = History.names(from);
                Wording wording = new Wording(Locale.getDefault(), known::get);
                List<Row> rows = entries.stream().map(entry -> row(entry, wording)).toList();
                display.asyncExec(() -> {
                    if (!viewer.getControl().isDisposed() && shown == element) {
                        viewer.setInput(rows);
                    }
                });
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.warning(e.getMessage(), e);
            }
        });
        loading.setSystem(true);
        loading.schedule();
    }

    static Row row(History.Entry entry, Wording wording) {
        ModelDiff.Change change = entry.change();
        return switch (change.kind()) {
            case ADDED ->
                new Row(entry, wording.element(change.after()), Messages.added, "", wording.element(change.after())); //$NON-NLS-1$
            case REMOVED -> new Row(entry, wording.element(change.before()), Messages.removed,
                    wording.element(change.before()), ""); //$NON-NLS-1$
            case MOVED ->
                new Row(entry, wording.element(change.after()), Messages.moved, wording.values(change.oldValues()),
                        wording.values(change.newValues()));
            case CHANGED -> new Row(entry, wording.element(change.after()), wording.feature(change.feature()),
                    wording.values(change.oldValues()), wording.values(change.newValues()));
        };
    }

    private static Record recordOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Record record && record.eContainer() instanceof Register) {
                return record;
            }
        }
        return null;
    }

    /** Compares the versions of the selected changes, or of one with the version before it. */
    void compareSelected() {
        List<Row> rows = new java.util.ArrayList<>();
        for (Object selected : ((IStructuredSelection) viewer.getSelection()).toList()) {
            rows.add((Row) selected);
        }
        rows.sort(Comparator.comparing((Row row) -> row.entry().time()));
        if (rows.isEmpty() || folder == null) {
            return;
        }
        String newer = rows.get(rows.size() - 1).entry().commit().name();
        String older = rows.size() == 1
                || rows.get(0).entry().commit().equals(rows.get(rows.size() - 1).entry().commit())
                        ? newer + "^" //$NON-NLS-1$
                        : rows.get(0).entry().commit().name();
        ComparisonDialog.open(getSite().getShell(), folder, older, newer);
    }

    /** @return the rows shown (for tests) */
    @SuppressWarnings("unchecked")
    List<Row> rows() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? (List<Row>) list : List.of();
    }

    /** @return whether the view is reading a history now */
    boolean isLoading() {
        return loading != null && loading.getState() != Job.NONE;
    }

    TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selection);
        OpenRegisters.get().removeListener(saved);
        super.dispose();
    }
}
