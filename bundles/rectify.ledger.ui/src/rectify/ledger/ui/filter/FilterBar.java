package rectify.ledger.ui.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import rectify.ledger.Grouping;
import rectify.ledger.LedgerFilter;
import rectify.ledger.LedgerLabels;
import rectify.ledger.LedgerRow;
import rectify.ledger.NameOrder;
import rectify.ledger.ui.Messages;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.edit.Labels;

/**
 * The filter bar above the ledger: a list per {@link Choice} whose first item keeps all, a list of
 * groupings, and a button that clears the filter. The lists offer what the rows have; a choice
 * that disappears (its record closed, say) goes back to all.
 */
public final class FilterBar extends Composite {

    private final Map<Choice, Combo> combos = new EnumMap<>(Choice.class);
    private final Map<Choice, List<Object>> values = new EnumMap<>(Choice.class);
    private final Combo grouping;
    private final Consumer<LedgerFilter> filterChanged;

    /**
     * @param parent the parent
     * @param filterChanged told the new filter when a choice changes
     * @param groupingChanged told the new grouping when it changes
     */
    public FilterBar(Composite parent, Consumer<LedgerFilter> filterChanged, Consumer<Grouping> groupingChanged) {
        super(parent, SWT.NONE);
        this.filterChanged = filterChanged;
        RowLayoutFactory.fillDefaults().wrap(true).spacing(10).margins(4, 4).center(true).applyTo(this);
        for (Choice choice : Choice.values()) {
            Combo combo = new Combo(labelled(choice.label()), SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setVisibleItemCount(20);
            combo.addSelectionListener(
                    SelectionListener.widgetSelectedAdapter(event -> filterChanged.accept(filter())));
            combos.put(choice, combo);
            values.put(choice, new ArrayList<>(Collections.singletonList(null)));
            combo.setItems(Messages.all);
            combo.select(0);
        }
        setValues(Choice.STATUS, List.copyOf(MeasureStatus.VALUES));
        setValues(Choice.LATENESS, List.of(Lateness.values()));
        grouping = new Combo(labelled(Messages.groupBy), SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Grouping option : Grouping.values()) {
            grouping.add(option.label());
        }
        grouping.select(0);
        grouping.addSelectionListener(SelectionListener.widgetSelectedAdapter(
                event -> groupingChanged.accept(Grouping.values()[grouping.getSelectionIndex()])));
        Button clear = new Button(this, SWT.PUSH);
        clear.setText(Messages.clearFilter);
        clear.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> clear()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(this);
    }

    /** Offers what the rows have: their records, years, units and leaders. */
    public void setChoices(List<LedgerRow> rows) {
        NameOrder names = new NameOrder();
        setValues(Choice.RECORD, distinct(rows, LedgerRow::record, Comparator.comparingInt(Record::getYear)
                .thenComparing(Record::getTitle, names)));
        setValues(Choice.YEAR, distinct(rows, LedgerRow::year, Comparator.<Integer>reverseOrder()));
        setValues(Choice.UNIT, distinct(rows, LedgerRow::unit, Comparator.comparing(OrgUnit::getName, names)));
        setValues(Choice.LEADER, distinct(rows, LedgerRow::leader, Comparator.comparing(Person::getName, names)));
    }

    /** @return the filter chosen */
    public LedgerFilter filter() {
        LedgerFilter filter = LedgerFilter.ALL;
        filter = filter.withRecords(chosen(Choice.RECORD, Record.class));
        filter = filter.withYears(chosen(Choice.YEAR, Integer.class));
        filter = filter.withUnits(chosen(Choice.UNIT, OrgUnit.class));
        filter = filter.withLeaders(chosen(Choice.LEADER, Person.class));
        filter = filter.withStatuses(chosen(Choice.STATUS, MeasureStatus.class));
        Object lateness = selected(Choice.LATENESS);
        return lateness instanceof Lateness late ? filter.withUrgencies(late.urgencies()) : filter;
    }

    /**
     * Chooses a value as a user does, and applies the filter.
     *
     * @param choice the list
     * @param value one of its values (a record, a year, a unit, a leader, a status), or null for all
     * @throws IllegalArgumentException when the list does not offer the value
     */
    public void choose(Choice choice, Object value) {
        int index = values.get(choice).indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException(choice + " does not offer " + value); //$NON-NLS-1$
        }
        combos.get(choice).select(index);
        filterChanged.accept(filter());
    }

    /** @return the list of a choice, e.g. for tests */
    public Combo combo(Choice choice) {
        return combos.get(choice);
    }

    /** Sets every list back to all and applies the filter. */
    public void clear() {
        combos.values().forEach(combo -> combo.select(0));
        filterChanged.accept(filter());
    }

    /** @return a composite with a label, for a list that follows it: the two wrap as one */
    private Composite labelled(String label) {
        Composite pair = new Composite(this, SWT.NONE);
        RowLayoutFactory.fillDefaults().wrap(false).spacing(2).center(true).applyTo(pair);
        new Label(pair, SWT.NONE).setText(label);
        return pair;
    }

    private void setValues(Choice choice, List<?> offered) {
        Object selected = selected(choice);
        List<Object> list = new ArrayList<>();
        list.add(null);
        list.addAll(offered);
        values.put(choice, list);
        Combo combo = combos.get(choice);
        combo.setItems(list.stream().map(FilterBar::label).toArray(String[]::new));
        int index = list.indexOf(selected);
        combo.select(Math.max(0, index));
        if (selected != null && index < 0) {
            filterChanged.accept(filter());
        }
        requestLayout();
    }

    private Object selected(Choice choice) {
        Combo combo = combos.get(choice);
        int index = combo == null ? -1 : combo.getSelectionIndex();
        return index <= 0 ? null : values.get(choice).get(index);
    }

    private <T> Set<T> chosen(Choice choice, Class<T> type) {
        Object value = selected(choice);
        return type.isInstance(value) ? Set.of(type.cast(value)) : Set.of();
    }

    private static <T> List<T> distinct(List<LedgerRow> rows, Function<LedgerRow, T> value, Comparator<T> order) {
        Set<T> seen = new LinkedHashSet<>();
        for (LedgerRow row : rows) {
            T item = value.apply(row);
            if (item != null) {
                seen.add(item);
            }
        }
        List<T> sorted = new ArrayList<>(seen);
        sorted.sort(order);
        return sorted;
    }

    private static String label(Object value) {
        return switch (value) {
            case null -> Messages.all;
            case Record record -> Objects.toString(record.getTitle(), ""); //$NON-NLS-1$
            case OrgUnit unit -> LedgerLabels.unit(unit);
            case Person person -> LedgerLabels.person(person);
            case MeasureStatus status -> Labels.literal(status);
            case Lateness lateness -> lateness.label();
            default -> value.toString();
        };
    }
}
