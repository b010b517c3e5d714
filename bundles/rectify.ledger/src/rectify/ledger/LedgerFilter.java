package rectify.ledger;

import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.urgency.Urgency;

/**
 * Which rows the ledger shows: rows whose record, year, unit, leader, status and urgency are among
 * the chosen ones. An empty choice keeps every row; {@link #ALL} keeps all. Lateness is chosen by
 * urgency: {@link Urgency#OVERDUE} for overdue, {@link Urgency#DUE_URGENT} and {@link Urgency#DUE_SOON}
 * for due soon.
 *
 * @param records the records to keep
 * @param years the years to keep
 * @param units the responsible units to keep
 * @param leaders the responsible leaders to keep
 * @param statuses the statuses to keep
 * @param urgencies the urgencies to keep
 */
public record LedgerFilter(Set<Record> records, Set<Integer> years, Set<OrgUnit> units, Set<Person> leaders,
        Set<MeasureStatus> statuses, Set<Urgency> urgencies) implements Predicate<LedgerRow> {

    /** Keeps every row. */
    public static final LedgerFilter ALL = new LedgerFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** Copies the choices; none may hold null. */
    public LedgerFilter {
        records = Set.copyOf(records);
        years = Set.copyOf(years);
        units = Set.copyOf(units);
        leaders = Set.copyOf(leaders);
        statuses = Set.copyOf(statuses);
        urgencies = Set.copyOf(urgencies);
    }

    @Override
    public boolean test(LedgerRow row) {
        return keeps(records, row.record()) && keeps(years, row.year()) && keeps(units, row.unit())
                && keeps(leaders, row.leader()) && keeps(statuses, row.status()) && keeps(urgencies, row.urgency());
    }

    /** @return this filter keeping only the given records (all when empty) */
    public LedgerFilter withRecords(Collection<? extends Record> chosen) {
        return new LedgerFilter(Set.copyOf(chosen), years, units, leaders, statuses, urgencies);
    }

    /** @return this filter keeping only the given years (all when empty) */
    public LedgerFilter withYears(Collection<Integer> chosen) {
        return new LedgerFilter(records, Set.copyOf(chosen), units, leaders, statuses, urgencies);
    }

    /** @return this filter keeping only the given responsible units (all when empty) */
    public LedgerFilter withUnits(Collection<? extends OrgUnit> chosen) {
        return new LedgerFilter(records, years, Set.copyOf(chosen), leaders, statuses, urgencies);
    }

    /** @return this filter keeping only the given responsible leaders (all when empty) */
    public LedgerFilter withLeaders(Collection<? extends Person> chosen) {
        return new LedgerFilter(records, years, units, Set.copyOf(chosen), statuses, urgencies);
    }

    /** @return this filter keeping only the given statuses (all when empty) */
    public LedgerFilter withStatuses(Collection<MeasureStatus> chosen) {
        return new LedgerFilter(records, years, units, leaders, Set.copyOf(chosen), urgencies);
    }

    /** @return this filter keeping only the given urgencies (all when empty) */
    public LedgerFilter withUrgencies(Collection<Urgency> chosen) {
        return new LedgerFilter(records, years, units, leaders, statuses, Set.copyOf(chosen));
    }

    private static <T> boolean keeps(Set<T> chosen, T value) {
        return chosen.isEmpty() || value != null && chosen.contains(value);
    }
}
