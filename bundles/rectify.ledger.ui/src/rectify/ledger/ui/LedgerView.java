package rectify.ledger.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import rectify.ledger.Ledger;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;
import rectify.ledger.Reminders;
import rectify.ledger.Table;
import rectify.ledger.lists.ProblemList;
import rectify.ledger.lists.ResponsibilityList;
import rectify.ledger.ui.LedgerTabs.Tab;
import rectify.ledger.ui.actions.ExportActions;
import rectify.ledger.ui.actions.LedgerContext;
import rectify.ledger.ui.actions.WorkflowActions;
import rectify.ledger.ui.filter.Choice;
import rectify.ledger.ui.filter.FilterBar;
import rectify.ledger.ui.filter.Lateness;
import rectify.ledger.ui.reminders.EvidenceWatch;
import rectify.ledger.ui.table.LedgerModel;
import rectify.ledger.ui.table.LedgerTable;
import rectify.ledger.workflow.LedgerEdits;
import rectify.model.MeasureStatus;
import rectify.model.urgency.WarningThresholds;
import rectify.ui.actions.UndoRedoAction;
import rectify.ui.editors.RecordEditors;
import rectify.validation.RegisterValidation;
import rectify.validation.Rule;
import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;

/**
 * The rectification ledger (整改台账) of all measures of the open registers: the filter bar, then
 * tabs of the same rows (the ledger, the three lists, the dashboard), and a line of counts. Cells
 * are edited in place and the workflow's steps are in the context menu, each a command on the
 * register's command stack (Edit › Undo); the toolbar exports to .xlsx and CSV.
 */
public final class LedgerView extends ViewPart implements LedgerContext {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "rectify.ledger.ui.ledger"; //$NON-NLS-1$

    private final LedgerModel model = new LedgerModel();
    private final RegisterListener registers = (register, change) -> {
        if (change != RegisterListener.Change.DIAGNOSTICS) {
            reloadSoon();
        } else {
            redraw();
        }
        if (change == RegisterListener.Change.CONTENT || change == RegisterListener.Change.SAVED) {
            updateUndo();
        }
    };
    private final EvidenceWatch.Checked evidence = (register, found) -> redraw();
    private FilterBar filterBar;
    private LedgerTable table;
    private LedgerTabs tabs;
    private Label counts;
    private WorkflowActions workflow;
    private UndoRedoAction undo;
    private UndoRedoAction redo;
    private OpenRegister lastEdited;
    private Runnable stopPreferences;
    private boolean reloadPending;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filterBar = new FilterBar(parent, model::setFilter, model::setGrouping);
        workflow = new WorkflowActions(this);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(workflow::fill);
        tabs = new LedgerTabs(parent,
                folder -> table = new LedgerTable(folder, model, this::edit, this::evidenceOf, this::repeats,
                        this::open, menu),
                this::open, this::openProblem, this::showResponsible);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs.control());
        counts = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(counts);
        model.addListener(this::modelChanged);
        contributeActions();
        OpenRegisters.get().addListener(registers);
        EvidenceWatch.get().addListener(evidence);
        stopPreferences = RectifyPreferences.onThresholdsChange(this::reloadSoon);
        table.control().addListener(SWT.MouseUp, event -> updateUndo());
        reload();
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    @Override
    public void dispose() {
        OpenRegisters.get().removeListener(registers);
        EvidenceWatch.get().removeListener(evidence);
        if (stopPreferences != null) {
            stopPreferences.run();
        }
        super.dispose();
    }

    /** Shows only the overdue and due-soon measures, in the ledger's tab. */
    public void showLateAndDueSoon() {
        filterBar.clear();
        filterBar.choose(Choice.LATENESS, Lateness.LATE_OR_DUE_SOON);
        tabs.show(Tab.LEDGER);
    }

    /** Makes the rows anew from the open registers, judged on today with the preferences' thresholds. */
    public void reload() {
        WarningThresholds thresholds = RectifyPreferences.thresholds();
        List<LedgerRow> rows = Ledger.rows(
                OpenRegisters.get().registers().stream().map(OpenRegister::register).toList(),
                LocalDate.now(), thresholds);
        filterBar.setChoices(rows);
        model.setRows(rows);
    }

    /** @return what the view shows, without widgets */
    public LedgerModel model() {
        return model;
    }

    /** @return the ledger's table */
    public LedgerTable table() {
        return table;
    }

    /** @return the filter bar */
    public FilterBar filterBar() {
        return filterBar;
    }

    /** @return the tabs */
    LedgerTabs tabs() {
        return tabs;
    }

    /** @return the line of counts under the tabs */
    public String counts() {
        return counts.getText();
    }

    // LedgerContext

    @Override
    public Shell shell() {
        return getSite().getShell();
    }

    @Override
    public LedgerRow selectedRow() {
        return table.selectedRow();
    }

    @Override
    public List<LedgerRow> shownRows() {
        return model.shown();
    }

    @Override
    public Table<?> frontTable() {
        return tabs.frontTable();
    }

    @Override
    public EditingDomain domainOf(LedgerRow row) {
        return registerOf(row).domain();
    }

    @Override
    public Path folderOf(LedgerRow row) {
        return registerOf(row).file().toAbsolutePath().getParent();
    }

    @Override
    public void execute(LedgerRow row, Command command) {
        OpenRegister register = registerOf(row);
        lastEdited = register;
        register.domain().getCommandStack().execute(command);
        updateUndo();
    }

    @Override
    public void open(LedgerRow row) {
        try {
            RecordEditors.open(getSite().getPage(), registerOf(row), row.measure());
        } catch (PartInitException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    @Override
    public void tell(String message) {
        getViewSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    private void edit(LedgerRow row, LedgerColumn column, Object value) {
        if (Objects.equals(value, valueOf(row, column))) {
            return;
        }
        // dialogs wait until the cell's editor has closed
        if (column == LedgerColumn.DEADLINE) {
            table.control().getDisplay().asyncExec(() -> workflow.changeDeadline(row, (LocalDate) value));
        } else if (column == LedgerColumn.STATUS && value == MeasureStatus.CLOSED) {
            table.control().getDisplay().asyncExec(() -> workflow.verify(row));
        } else {
            workflow.run(row, () -> LedgerEdits.set(domainOf(row), row.measure(), column, value));
        }
    }

    private static Object valueOf(LedgerRow row, LedgerColumn column) {
        return switch (column) {
            case LEADER -> row.leader();
            case UNIT -> row.unit();
            case DEADLINE -> row.deadline();
            case STATUS -> row.status();
            default -> column.value(row);
        };
    }

    /** @return whether the row's measure addresses a problem found again in a later year, confirmed or likely */
    private boolean repeats(LedgerRow row) {
        return OpenRegisters.get().of(row.measure()).map(register -> row.problems().stream()
                .anyMatch(problem -> register.diagnosticsOf(problem).stream()
                        .anyMatch(diagnostic -> RegisterValidation.ruleOf(diagnostic) == Rule.PROBLEM_REPEAT)))
                .orElse(false);
    }

    private List<String> evidenceOf(LedgerRow row) {
        return OpenRegisters.get().of(row.measure()).map(register -> EvidenceWatch.get().of(register, row))
                .orElse(List.of());
    }

    private void openProblem(ProblemList.Row row) {
        OpenRegisters.get().of(row.problem()).ifPresent(register -> {
            try {
                RecordEditors.open(getSite().getPage(), register, row.problem());
            } catch (PartInitException e) {
                ILog.of(getClass()).error(e.getMessage(), e);
            }
        });
    }

    private void showResponsible(ResponsibilityList.Row row) {
        filterBar.clear();
        if (row.leader() != null) {
            filterBar.choose(Choice.LEADER, row.leader());
        }
        if (row.unit() != null) {
            filterBar.choose(Choice.UNIT, row.unit());
        }
        tabs.show(Tab.LEDGER);
    }

    private OpenRegister registerOf(LedgerRow row) {
        return OpenRegisters.get().of(row.measure())
                .orElseThrow(() -> new IllegalStateException("the register of the row is closed")); //$NON-NLS-1$
    }

    private void modelChanged() {
        tabs.setRows(model.shown());
        Reminders reminders = Reminders.of(model.shown(), RectifyPreferences.thresholds().soonDays());
        counts.setText(NLS.bind(Messages.counts, new Object[] { model.shown().size(), model.all().size(),
                reminders.overdue().size(), reminders.dueSoon().size() }));
    }

    private void reloadSoon() {
        if (reloadPending || table == null || table.control().isDisposed()) {
            return;
        }
        reloadPending = true;
        table.control().getDisplay().asyncExec(() -> {
            reloadPending = false;
            if (!table.control().isDisposed()) {
                reload();
            }
        });
    }

    private void redraw() {
        if (!table.control().isDisposed()) {
            table.control().redraw();
        }
    }

    private void contributeActions() {
        IActionBars bars = getViewSite().getActionBars();
        IToolBarManager toolbar = bars.getToolBarManager();
        toolbar.add(ExportActions.workbook(this));
        toolbar.add(ExportActions.csv(this));
        undo = UndoRedoAction.undo(this::undoRegister);
        redo = UndoRedoAction.redo(this::undoRegister);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    /** @return the register whose changes Undo undoes: the selected measure's, else the last edited, else the only one */
    private OpenRegister undoRegister() {
        LedgerRow selected = table == null ? null : table.selectedRow();
        if (selected != null) {
            OpenRegister register = OpenRegisters.get().of(selected.measure()).orElse(null);
            if (register != null) {
                return register;
            }
        }
        List<OpenRegister> open = OpenRegisters.get().registers();
        if (lastEdited != null && open.contains(lastEdited)) {
            return lastEdited;
        }
        return open.size() == 1 ? open.get(0) : null;
    }

    private void updateUndo() {
        if (undo != null) {
            undo.update();
            redo.update();
        }
    }
}
