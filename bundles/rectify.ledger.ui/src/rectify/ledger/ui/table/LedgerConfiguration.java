package rectify.ledger.ui.table;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.ConfigAttribute;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerRow;
import rectify.ledger.ui.Colors;
import rectify.ledger.ui.table.LedgerLine.RowLine;
import rectify.ledger.workflow.Workflow;
import rectify.model.MeasureStatus;
import rectify.model.Register;

/**
 * The looks and the editors of the ledger's cells: lights as discs, texts spanning lines in full,
 * overdue days and flagged evidence in red, group headings in bold on grey; the headline typed, the
 * deadline typed as a date, the leader, the unit and the status chosen from lists.
 */
final class LedgerConfiguration extends AbstractRegistryConfiguration {

    private final LedgerDataProvider data;

    LedgerConfiguration(LedgerDataProvider data) {
        this.data = data;
    }

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        looks(registry);
        converters(registry);
        editors(registry);
    }

    private static void looks(IConfigRegistry registry) {
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE,
                style(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT), DisplayMode.NORMAL,
                GridRegion.BODY);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, Painters.text(), DisplayMode.NORMAL,
                GridRegion.BODY);
        for (LedgerColumn column : List.of(LedgerColumn.PROBLEMS, LedgerColumn.LAST_PROGRESS)) {
            registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, Painters.lines(), DisplayMode.NORMAL,
                    CellLabels.column(column));
        }
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new LightPainter(), DisplayMode.NORMAL,
                CellLabels.column(LedgerColumn.LIGHT));
        for (LedgerColumn column : List.of(LedgerColumn.DAYS_LEFT, LedgerColumn.EVIDENCE)) {
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE,
                    style(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT), DisplayMode.NORMAL,
                    CellLabels.column(column));
        }
        Style alarm = style(CellStyleAttributes.FOREGROUND_COLOR, Colors.alarm());
        alarm.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, alarm, DisplayMode.NORMAL,
                CellLabels.OVERDUE);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, alarm, DisplayMode.NORMAL,
                CellLabels.FLAGGED);
        Style repeat = style(CellStyleAttributes.FOREGROUND_COLOR, Colors.alarm());
        repeat.setAttributeValue(CellStyleAttributes.FONT,
                JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, repeat, DisplayMode.NORMAL,
                CellLabels.REPEAT);
        Style group = style(CellStyleAttributes.BACKGROUND_COLOR,
                Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        group.setAttributeValue(CellStyleAttributes.FONT,
                JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        group.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL, CellLabels.GROUP);
    }

    private static void converters(IConfigRegistry registry) {
        for (LedgerColumn column : List.of(LedgerColumn.LEADER, LedgerColumn.UNIT, LedgerColumn.STATUS)) {
            registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, Converters.names(),
                    DisplayMode.NORMAL,
                    CellLabels.column(column));
        }
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, Converters.dates(), DisplayMode.NORMAL,
                CellLabels.column(LedgerColumn.DEADLINE));
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, Converters.evidence(),
                DisplayMode.NORMAL,
                CellLabels.column(LedgerColumn.EVIDENCE));
    }

    private void editors(IConfigRegistry registry) {
        for (LedgerColumn column : LedgerColumn.values()) {
            registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
                    DisplayMode.EDIT, CellLabels.editable(column));
        }
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new TextCellEditor(), DisplayMode.EDIT,
                CellLabels.editable(LedgerColumn.MEASURE));
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new TextCellEditor(), DisplayMode.EDIT,
                CellLabels.editable(LedgerColumn.DEADLINE));
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, combo(this::people), DisplayMode.EDIT,
                CellLabels.editable(LedgerColumn.LEADER));
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, combo(this::units), DisplayMode.EDIT,
                CellLabels.editable(LedgerColumn.UNIT));
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, combo(this::statuses), DisplayMode.EDIT,
                CellLabels.editable(LedgerColumn.STATUS));
    }

    private static ComboBoxCellEditor combo(IComboBoxDataProvider values) {
        ComboBoxCellEditor editor = new ComboBoxCellEditor(values, 12);
        editor.setFreeEdit(false);
        return editor;
    }

    private List<?> people(int column, int row) {
        return registerOf(row).map(register -> List.copyOf(register.getPeople())).orElse(List.of());
    }

    private List<?> units(int column, int row) {
        return registerOf(row).map(register -> List.copyOf(register.getUnits())).orElse(List.of());
    }

    /** The status as it is and those the workflow leads to from there. */
    private List<?> statuses(int column, int row) {
        if (data.line(row) instanceof RowLine line) {
            MeasureStatus current = line.row().status();
            return Stream.concat(Stream.of(current), Workflow.nextStatuses(line.row().measure()).stream()).sorted()
                    .toList();
        }
        return List.of();
    }

    private Optional<Register> registerOf(int row) {
        if (data.line(row) instanceof RowLine line) {
            LedgerRow ledgerRow = line.row();
            if (EcoreUtil.getRootContainer(ledgerRow.measure()) instanceof Register register) {
                return Optional.of(register);
            }
        }
        return Optional.empty();
    }

    private static <T> Style style(ConfigAttribute<T> attribute, T value) {
        Style style = new Style();
        style.setAttributeValue(attribute, value);
        return style;
    }
}
