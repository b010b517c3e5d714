package rectify.ledger.ui.table;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import rectify.ledger.LedgerColumn;

/** Sorting by a column header, as the {@link LedgerModel} orders: one column at a time. */
final class LedgerSortModel implements ISortModel {

    private final LedgerModel model;

    LedgerSortModel(LedgerModel model) {
        this.model = model;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return model.sortColumn() == null ? List.of() : List.of(index(model.sortColumn()));
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return model.sortColumn() != null && index(model.sortColumn()) == columnIndex;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        if (!isColumnIndexSorted(columnIndex)) {
            return SortDirectionEnum.NONE;
        }
        return model.descending() ? SortDirectionEnum.DESC : SortDirectionEnum.ASC;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of(getColumnComparator(columnIndex));
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return LedgerDataProvider.COLUMNS.get(columnIndex).order();
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
        if (direction == SortDirectionEnum.NONE) {
            model.sortBy(null, false);
        } else {
            model.sortBy(LedgerDataProvider.COLUMNS.get(columnIndex), direction == SortDirectionEnum.DESC);
        }
    }

    @Override
    public void clear() {
        model.sortBy(null, false);
    }

    private static int index(LedgerColumn column) {
        return LedgerDataProvider.COLUMNS.indexOf(column);
    }
}
