package rectify.ledger.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import rectify.ledger.Ledger;
import rectify.ledger.LedgerRow;
import rectify.ledger.Table;
import rectify.ledger.lists.ProblemList;
import rectify.ledger.lists.ResponsibilityList;
import rectify.ledger.lists.TaskList;
import rectify.ledger.ui.dashboard.DashboardPage;
import rectify.ledger.ui.lists.ListTable;
import rectify.ledger.ui.table.LedgerTable;

/**
 * The tabs of the ledger view, views of the same rows: the ledger, the three lists and the
 * dashboard. Only the tab in front follows the rows; the others catch up when brought to front.
 */
final class LedgerTabs {

    /** The tabs, in order. */
    enum Tab {
        LEDGER, PROBLEMS, TASKS, RESPONSIBILITY, DASHBOARD
    }

    private final CTabFolder folder;
    private final ListTable<ProblemList.Row> problems;
    private final ListTable<LedgerRow> tasks;
    private final ListTable<ResponsibilityList.Row> responsibility;
    private final DashboardPage dashboard;
    private List<LedgerRow> rows = List.of();
    private final boolean[] stale = new boolean[Tab.values().length];

    /**
     * @param parent the parent
     * @param ledger makes the ledger's table in the folder
     * @param openRow opens a measure
     * @param openProblem opens a problem
     * @param showResponsible shows the ledger of a leader and unit
     */
    LedgerTabs(Composite parent, Function<Composite, LedgerTable> ledger, Consumer<LedgerRow> openRow,
            Consumer<ProblemList.Row> openProblem, Consumer<ResponsibilityList.Row> showResponsible) {
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        tab(Messages.tabLedger, ledger.apply(folder).control());
        problems = new ListTable<>(folder, List.of(ProblemList.Columns.values()), openProblem);
        tab(Messages.tabProblems, problems.control());
        tasks = new ListTable<>(folder, TaskList.columns(), openRow);
        tab(Messages.tabTasks, tasks.control());
        responsibility = new ListTable<>(folder, List.of(ResponsibilityList.Columns.values()), showResponsible);
        tab(Messages.tabResponsibility, responsibility.control());
        dashboard = new DashboardPage(folder);
        tab(Messages.tabDashboard, dashboard);
        folder.setSelection(0);
        folder.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> update(front())));
    }

    /** @return the folder */
    Control control() {
        return folder;
    }

    /** Takes the rows shown; the tab in front shows them at once. */
    void setRows(List<LedgerRow> shown) {
        rows = shown;
        Arrays.fill(stale, true);
        update(front());
    }

    /** @return the tab in front */
    Tab front() {
        return Tab.values()[Math.max(0, folder.getSelectionIndex())];
    }

    /** Brings a tab to the front. */
    void show(Tab tab) {
        folder.setSelection(tab.ordinal());
        update(tab);
    }

    /** @return the table of the tab in front; the ledger's for the dashboard */
    Table<?> frontTable() {
        return switch (front()) {
            case PROBLEMS -> ProblemList.table(rows);
            case TASKS -> TaskList.table(rows);
            case RESPONSIBILITY -> ResponsibilityList.table(rows);
            case LEDGER, DASHBOARD -> Ledger.table(rows);
        };
    }

    /** @return the problem list's table */
    ListTable<ProblemList.Row> problems() {
        return problems;
    }

    /** @return the task list's table */
    ListTable<LedgerRow> tasks() {
        return tasks;
    }

    /** @return the responsibility list's table */
    ListTable<ResponsibilityList.Row> responsibility() {
        return responsibility;
    }

    /** @return the dashboard */
    DashboardPage dashboard() {
        return dashboard;
    }

    private void update(Tab tab) {
        if (!stale[tab.ordinal()]) {
            return;
        }
        stale[tab.ordinal()] = false;
        switch (tab) {
            case PROBLEMS -> problems.setRows(ProblemList.rows(rows));
            case TASKS -> tasks.setRows(TaskList.table(rows).rows());
            case RESPONSIBILITY -> responsibility.setRows(ResponsibilityList.rows(rows));
            case DASHBOARD -> dashboard.setRows(rows);
            case LEDGER -> {
                // the ledger's table follows its model by itself
            }
        }
    }

    private void tab(String text, Control control) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }
}
