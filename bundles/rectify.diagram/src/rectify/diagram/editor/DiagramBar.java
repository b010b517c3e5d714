package rectify.diagram.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;

import rectify.chain.view.Diagram;
import rectify.chain.view.DiagramFilter;
import rectify.diagram.Messages;
import rectify.diagram.actions.ActionIds;
import rectify.model.Aspect;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.OrgUnit;

/**
 * The bar above the diagram: zoom, auto-layout, pin, export and print, and the filter (open
 * items only, one aspect, one responsible unit). The editor has it in the product, which shows
 * no tool bar of its own.
 */
final class DiagramBar {

    private final Diagram diagram;
    private final AdapterFactoryItemDelegator labels;
    private final Composite bar;
    private Button openOnly;
    private Combo aspects;
    private Combo units;
    private List<Aspect> aspectChoices = List.of();
    private List<OrgUnit> unitChoices = List.of();

    DiagramBar(Composite parent, Diagram diagram, AdapterFactory adapterFactory) {
        this.diagram = diagram;
        this.labels = new AdapterFactoryItemDelegator(adapterFactory);
        bar = new Composite(parent, SWT.NONE);
    }

    /** @return the bar's control */
    Control control() {
        return bar;
    }

    /** Fills the bar with the editor's actions and the filter's fields. */
    void fill(ActionRegistry registry, ZoomManager zoom) {
        ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        tools.add(registry.getAction(GEFActionConstants.ZOOM_OUT));
        tools.add(new ZoomCombo(zoom));
        tools.add(registry.getAction(GEFActionConstants.ZOOM_IN));
        tools.add(new Separator());
        tools.add(withText(registry, ActionIds.AUTO_LAYOUT));
        tools.add(withText(registry, ActionIds.PIN));
        tools.add(new Separator());
        tools.add(registry.getAction(ActionIds.EXPORT_PNG));
        tools.add(registry.getAction(ActionIds.EXPORT_SVG));
        tools.add(registry.getAction(ActionFactory.PRINT.getId()));
        tools.createControl(bar);
        Composite filter = new Composite(bar, SWT.NONE);
        new Label(filter, SWT.NONE).setText(Messages.filterLabel);
        openOnly = new Button(filter, SWT.CHECK);
        openOnly.setText(Messages.filterOpenOnly);
        openOnly.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> apply()));
        new Label(filter, SWT.NONE).setText(Messages.filterAspect);
        aspects = new Combo(filter, SWT.READ_ONLY);
        aspects.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> apply()));
        new Label(filter, SWT.NONE).setText(Messages.filterUnit);
        units = new Combo(filter, SWT.READ_ONLY);
        units.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> apply()));
        filter.setLayout(row(false));
        // the filter wraps below the tools as a whole when the editor is narrow
        bar.setLayout(row(true));
        Runnable follower = this::refresh;
        diagram.addListener(follower);
        bar.addDisposeListener(e -> diagram.removeListener(follower));
        refresh();
    }

    /**
     * Shows the filter in use and takes the aspects and units offered anew from the review; a
     * choice no longer there is dropped.
     */
    void refresh() {
        if (aspects == null || aspects.isDisposed()) {
            return;
        }
        aspectChoices = List.copyOf(diagram.review().getAspects());
        Set<OrgUnit> found = new LinkedHashSet<>();
        for (Direction direction : diagram.review().getDirections()) {
            for (Measure measure : direction.getMeasures()) {
                if (measure.getResponsibleUnit() != null) {
                    found.add(measure.getResponsibleUnit());
                }
            }
        }
        unitChoices = List.copyOf(found);
        DiagramFilter filter = diagram.filter();
        openOnly.setSelection(filter.openOnly());
        fillCombo(aspects, Messages.filterAllAspects, aspectChoices.stream().map(labels::getText).toList(),
                filter.aspect() == null ? -1 : aspectChoices.indexOf(filter.aspect()));
        fillCombo(units, Messages.filterAllUnits, unitChoices.stream().map(OrgUnit::getName).toList(),
                filter.unit() == null ? -1 : unitChoices.indexOf(filter.unit()));
        bar.getParent().layout(true, true);
        if (filter.aspect() != null && !aspectChoices.contains(filter.aspect())
                || filter.unit() != null && !unitChoices.contains(filter.unit())) {
            apply();
        }
    }

    private void apply() {
        int aspect = aspects.getSelectionIndex() - 1;
        int unit = units.getSelectionIndex() - 1;
        diagram.setFilter(new DiagramFilter(openOnly.getSelection(), aspect >= 0 ? aspectChoices.get(aspect) : null,
                unit >= 0 ? unitChoices.get(unit) : null));
    }

    private static void fillCombo(Combo combo, String all, List<String> items, int selected) {
        List<String> shown = new ArrayList<>();
        shown.add(all);
        shown.addAll(items);
        combo.setItems(shown.toArray(String[]::new));
        combo.select(selected + 1);
    }

    private static RowLayout row(boolean wrap) {
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.wrap = wrap;
        layout.spacing = 6;
        layout.marginTop = 1;
        layout.marginBottom = 1;
        return layout;
    }

    private static ActionContributionItem withText(ActionRegistry registry, String id) {
        ActionContributionItem item = new ActionContributionItem(registry.getAction(id));
        item.setMode(ActionContributionItem.MODE_FORCE_TEXT);
        return item;
    }
}
