package rectify.ledger.ui.table;

import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.selection.action.SelectCellAction;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellLabelMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Menu;

import rectify.ledger.LedgerRow;
import rectify.ledger.ui.table.LedgerLine.GroupLine;
import rectify.ledger.ui.table.LedgerLine.RowLine;

/**
 * The ledger's mouse: a click on a group heading collapses or expands it, a double click on a
 * measure opens it, a right click selects the cell and shows the context menu.
 */
final class LedgerBindings extends AbstractUiBindingConfiguration {

    private final LedgerModel model;
    private final LedgerDataProvider data;
    private final Consumer<LedgerRow> open;
    private final Menu menu;

    LedgerBindings(LedgerModel model, LedgerDataProvider data, Consumer<LedgerRow> open, Menu menu) {
        this.model = model;
        this.data = data;
        this.open = open;
        this.menu = menu;
    }

    @Override
    public void configureUiBindings(UiBindingRegistry registry) {
        registry.registerFirstSingleClickBinding(
                new CellLabelMouseEventMatcher(GridRegion.BODY, MouseEventMatcher.LEFT_BUTTON, CellLabels.GROUP),
                (table, event) -> {
                    if (lineAt(table, event) instanceof GroupLine group) {
                        model.toggle(group.group().key());
                    }
                });
        registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (table, event) -> {
            if (lineAt(table, event) instanceof RowLine line) {
                open.accept(line.row());
            }
        });
        registry.registerMouseDownBinding(
                new MouseEventMatcher(SWT.NONE, GridRegion.BODY, MouseEventMatcher.RIGHT_BUTTON),
                (table, event) -> {
                    new SelectCellAction().run(table, event);
                    menu.setVisible(true);
                });
    }

    private LedgerLine lineAt(NatTable table, MouseEvent event) {
        int position = table.getRowPositionByY(event.y);
        int index = position < 0 ? -1 : table.getRowIndexByPosition(position);
        return index < 0 || index >= data.getRowCount() ? null : data.line(index);
    }
}
