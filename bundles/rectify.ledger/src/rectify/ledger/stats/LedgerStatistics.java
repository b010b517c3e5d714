package rectify.ledger.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

import rectify.ledger.LedgerLabels;
import rectify.ledger.LedgerRow;
import rectify.ledger.NameOrder;
import rectify.model.MeasureStatus;
import rectify.model.urgency.Urgency;

/**
 * Figures of ledger rows for the dashboard.
 *
 * @param total the number of measures
 * @param byStatus the number of measures of each status, every status present
 * @param byUrgency the number of measures in each state of urgency, every state present
 * @param byUnit the number of measures of each responsible unit by the unit's name, most first
 *        (then by name); measures without a unit under the empty name, last
 * @param overdue the number of overdue measures
 * @param averageDaysToClose the average days from the record's date to the verification that closed
 *        the measure, over the closed measures where both dates are known; empty when there are none
 * @param closedPerMonth the number of measures closed (by the verification's date) in each month
 *        from the first to the last month with a closing, months without one included with 0
 */
public record LedgerStatistics(int total, Map<MeasureStatus, Integer> byStatus, Map<Urgency, Integer> byUrgency,
        Map<String, Integer> byUnit,
        int overdue, OptionalDouble averageDaysToClose, SortedMap<YearMonth, Integer> closedPerMonth) {

    /** Copies the maps, unmodifiable. */
    public LedgerStatistics {
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        byUrgency = Collections.unmodifiableMap(new EnumMap<>(byUrgency));
        byUnit = Collections.unmodifiableMap(new LinkedHashMap<>(byUnit));
        closedPerMonth = Collections.unmodifiableSortedMap(new TreeMap<>(closedPerMonth));
    }

    /** @return the share of overdue measures among all, from 0 to 1; 0 without measures */
    public double overdueShare() {
        return total == 0 ? 0 : (double) overdue / total;
    }

    /**
     * @param rows ledger rows
     * @return their figures
     */
    public static LedgerStatistics of(Collection<LedgerRow> rows) {
        Map<MeasureStatus, Integer> byStatus = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.VALUES) {
            byStatus.put(status, 0);
        }
        Map<Urgency, Integer> byUrgency = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            byUrgency.put(urgency, 0);
        }
        Map<String, Integer> units = new HashMap<>();
        SortedMap<YearMonth, Integer> closed = new TreeMap<>();
        int overdue = 0;
        long days = 0;
        int timed = 0;
        for (LedgerRow row : rows) {
            byStatus.merge(row.status(), 1, Integer::sum);
            byUrgency.merge(row.urgency(), 1, Integer::sum);
            String unit = LedgerLabels.unit(row.unit());
            units.merge(unit == null ? "" : unit, 1, Integer::sum); //$NON-NLS-1$
            if (row.overdue()) {
                overdue++;
            }
            LocalDate closedOn = row.closedOn();
            if (closedOn != null) {
                closed.merge(YearMonth.from(closedOn), 1, Integer::sum);
                LocalDate start = row.record().getDate();
                if (start != null && !closedOn.isBefore(start)) {
                    days += ChronoUnit.DAYS.between(start, closedOn);
                    timed++;
                }
            }
        }
        return new LedgerStatistics(rows.size(), byStatus, byUrgency, mostFirst(units), overdue,
                timed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) days / timed),
                withEmptyMonths(closed));
    }

    private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
        NameOrder names = new NameOrder();
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey(names)));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        entries.stream().filter(e -> !e.getKey().isEmpty()).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        if (counts.containsKey("")) { //$NON-NLS-1$
            ordered.put("", counts.get("")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ordered;
    }

    private static SortedMap<YearMonth, Integer> withEmptyMonths(SortedMap<YearMonth, Integer> closed) {
        if (closed.isEmpty()) {
            return closed;
        }
        SortedMap<YearMonth, Integer> months = new TreeMap<>();
        for (YearMonth month = closed.firstKey(); !month.isAfter(closed.lastKey()); month = month.plusMonths(1)) {
            months.put(month, closed.getOrDefault(month, 0));
        }
        return months;
    }
}
