package rectify.ledger.ui.lists;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import rectify.ledger.Column;
import rectify.ledger.Table;
import rectify.ledger.ui.table.ColumnWidths;
import rectify.ledger.ui.table.NatTableRuntime;
import rectify.ledger.ui.table.HeaderDataProvider;
import rectify.ledger.ui.table.Painters;

/**
 * A read-only NatTable of a {@link Table}: one of the three lists. Texts that span lines are shown
 * whole (rows grow to fit); a double click hands the row over.
 *
 * @param <R> the type of the rows
 */
public final class ListTable<R> {

    private final Rows<R> rows;
    private final NatTable natTable;

    /**
     * @param parent the parent
     * @param columns the columns, fixed
     * @param open what to do with a row double-clicked
     */
    public ListTable(Composite parent, List<? extends Column<R>> columns, Consumer<R> open) {
        NatTableRuntime.prepare();
        rows = new Rows<>(List.copyOf(columns));
        DataLayer body = new DataLayer(rows);
        for (int i = 0; i < columns.size(); i++) {
            body.setColumnWidthByPosition(i, ColumnWidths.pixels(columns.get(i)));
        }
        SelectionLayer selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);
        IDataProvider headers = new HeaderDataProvider(columns.stream().map(Column::header).toList());
        ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(headers, 80, 26), viewport, selection);
        CompositeLayer composite = new CompositeLayer(1, 2);
        composite.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
        composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, composite, false);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, Painters.lines(),
                        DisplayMode.NORMAL,
                        GridRegion.BODY);
                Style left = new Style();
                left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL,
                        GridRegion.BODY);
            }
        });
        natTable.addConfiguration(new AbstractUiBindingConfiguration() {
            @Override
            public void configureUiBindings(UiBindingRegistry registry) {
                registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (table, event) -> {
                    int position = table.getRowPositionByY(event.y);
                    int index = position < 0 ? -1 : table.getRowIndexByPosition(position);
                    if (index >= 0 && index < rows.getRowCount()) {
                        open.accept(rows.row(index));
                    }
                });
            }
        });
        natTable.configure();
    }

    /** @param shown the rows to show now */
    public void setRows(List<R> shown) {
        rows.rows = List.copyOf(shown);
        natTable.refresh();
    }

    /** @return the rows shown */
    public List<R> rows() {
        return rows.rows;
    }

    /** @return the table's control */
    public NatTable control() {
        return natTable;
    }

    /** The cells: each column's value of each row, as text. */
    private static final class Rows<R> implements IDataProvider {
        private final List<? extends Column<R>> columns;
        private List<R> rows = List.of();

        Rows(List<? extends Column<R>> columns) {
            this.columns = columns;
        }

        R row(int index) {
            return rows.get(index);
        }

        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return Table.text(columns.get(columnIndex).value(rows.get(rowIndex)));
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            throw new UnsupportedOperationException("the lists are read only"); //$NON-NLS-1$
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }
    }
}
