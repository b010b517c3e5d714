package rectify.ledger.ui.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;

import rectify.ledger.Grouping;
import rectify.ledger.Grouping.Group;
import rectify.ledger.Ledger;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerFilter;
import rectify.ledger.LedgerRow;
import rectify.ledger.ui.table.LedgerLine.GroupLine;
import rectify.ledger.ui.table.LedgerLine.RowLine;

/**
 * What the ledger view shows, without widgets: all rows of the open registers, the filter, the
 * order (a column up or down, or the usual order), the grouping with its collapsed groups, and
 * from them the rows shown and the lines of the table. Listeners hear of every change.
 */
public final class LedgerModel {

    private final ListenerList<Runnable> listeners = new ListenerList<>();
    private final Set<Object> collapsed = new HashSet<>();
    private List<LedgerRow> all = List.of();
    private LedgerFilter filter = LedgerFilter.ALL;
    private LedgerColumn sortColumn;
    private boolean descending;
    private Grouping grouping = Grouping.NONE;
    private List<LedgerRow> shown = List.of();
    private List<LedgerLine> lines = List.of();

    /** @param rows all rows, as {@link Ledger#rows} makes them */
    public void setRows(List<LedgerRow> rows) {
        all = List.copyOf(rows);
        update();
    }

    /** @param chosen the rows to show */
    public void setFilter(LedgerFilter chosen) {
        filter = Objects.requireNonNull(chosen);
        update();
    }

    /**
     * @param column the column to order by, or null for the usual order
     * @param down whether the order is descending
     */
    public void sortBy(LedgerColumn column, boolean down) {
        sortColumn = column;
        descending = column != null && down;
        update();
    }

    /** @param chosen how to group the rows; all groups start expanded */
    public void setGrouping(Grouping chosen) {
        grouping = Objects.requireNonNull(chosen);
        collapsed.clear();
        update();
    }

    /** Collapses an expanded group or expands a collapsed one, by its key. */
    public void toggle(Object groupKey) {
        if (!collapsed.remove(groupKey)) {
            collapsed.add(groupKey);
        }
        update();
    }

    /** @return all rows */
    public List<LedgerRow> all() {
        return all;
    }

    /** @return the rows the filter keeps, in order (collapsed groups included) */
    public List<LedgerRow> shown() {
        return shown;
    }

    /** @return the lines of the table */
    public List<LedgerLine> lines() {
        return lines;
    }

    /** @return the column the rows are ordered by, or null for the usual order */
    public LedgerColumn sortColumn() {
        return sortColumn;
    }

    /** @return whether the order is descending */
    public boolean descending() {
        return descending;
    }

    /** @param listener told after each change, on the thread that made it */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void update() {
        Comparator<LedgerRow> order = sortColumn == null ? LedgerColumn.usualOrder()
                : descending ? sortColumn.order().reversed() : sortColumn.order();
        shown = Ledger.view(all, filter, order);
        lines = lines(shown);
        listeners.forEach(Runnable::run);
    }

    private List<LedgerLine> lines(List<LedgerRow> rows) {
        List<LedgerLine> made = new ArrayList<>(rows.size() + 16);
        if (grouping == Grouping.NONE) {
            rows.forEach(row -> made.add(new RowLine(row)));
            return made;
        }
        for (Group group : grouping.groups(rows)) {
            boolean isCollapsed = collapsed.contains(group.key());
            made.add(new GroupLine(group, isCollapsed));
            if (!isCollapsed) {
                group.rows().forEach(row -> made.add(new RowLine(row)));
            }
        }
        return made;
    }
}
