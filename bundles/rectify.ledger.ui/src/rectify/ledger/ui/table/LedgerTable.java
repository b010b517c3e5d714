package rectify.ledger.ui.table;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditBindings;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.SpanningDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;
import rectify.ledger.ui.table.LedgerLine.RowLine;

/**
 * The ledger as a NatTable: a header that sorts on a click, a body of the model's lines with
 * lights, group headings that collapse on a click, cells edited in place, a context menu, and a
 * double click that opens a measure. It follows the model by itself.
 */
public final class LedgerTable {

    private final LedgerDataProvider data;
    private final SelectionLayer selection;
    private final NatTable natTable;

    /**
     * @param parent the parent
     * @param model what to show
     * @param edits what to do with a value edited in a cell
     * @param flags the problems with the evidence files of a row
     * @param repeats whether a row's measure addresses a problem found again in a later year (年年查年年有)
     * @param open what to do with the row of a measure double-clicked
     * @param menu the context menu
     */
    public LedgerTable(Composite parent, LedgerModel model, CellEdits edits, EvidenceFlags flags,
            Predicate<LedgerRow> repeats,
            Consumer<LedgerRow> open, MenuManager menu) {
        NatTableRuntime.prepare();
        data = new LedgerDataProvider(model, edits);
        SpanningDataLayer body = new SpanningDataLayer(data);
        List<LedgerColumn> columns = LedgerDataProvider.COLUMNS;
        for (int i = 0; i < columns.size(); i++) {
            body.setColumnWidthByPosition(i, ColumnWidths.pixels(columns.get(i)));
        }
        body.setConfigLabelAccumulator(new CellLabels(data, flags, repeats));
        selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);
        IDataProvider headers = new HeaderDataProvider(columns.stream().map(LedgerColumn::header).toList());
        ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(headers, 80, 26), viewport, selection);
        SortHeaderLayer<LedgerLine> sorting = new SortHeaderLayer<>(header, new LedgerSortModel(model), false);
        CompositeLayer composite = new CompositeLayer(1, 2);
        composite.setChildLayer(GridRegion.COLUMN_HEADER, sorting, 0, 0);
        composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        composite.addConfiguration(new DefaultEditConfiguration());
        natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, composite, false);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new DefaultEditBindings());
        natTable.addConfiguration(new LedgerConfiguration(data));
        natTable.addConfiguration(new LedgerBindings(model, data, open, menu.createContextMenu(natTable)));
        natTable.configure();
        new EvidenceTooltip(natTable, data, flags);
        Runnable refresh = natTable::refresh;
        model.addListener(refresh);
        natTable.addDisposeListener(event -> model.removeListener(refresh));
    }

    /** @return the table's control */
    public NatTable control() {
        return natTable;
    }

    /** @return the row of the measure whose cell is selected last, or null */
    public LedgerRow selectedRow() {
        PositionCoordinate anchor = selection.getSelectionAnchor();
        int row = anchor == null ? -1 : anchor.getRowPosition();
        if (row < 0 || row >= data.getRowCount()) {
            return null;
        }
        return data.line(selection.getRowIndexByPosition(row)) instanceof RowLine line ? line.row() : null;
    }

    /** @return the body's selection */
    public SelectionLayer selection() {
        return selection;
    }
}
