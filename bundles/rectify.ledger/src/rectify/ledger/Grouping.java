package rectify.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import rectify.ledger.internal.Messages;
import rectify.model.OrgUnit;
import rectify.model.Record;

/** How the ledger groups its rows: not at all, by record, or by responsible unit. */
public enum Grouping {
    /** One group of all rows. */
    NONE(Messages.groupingNone, row -> null),
    /** A group per record. */
    RECORD(Messages.groupingRecord, LedgerRow::record),
    /** A group per responsible unit; measures without one form the last group. */
    UNIT(Messages.groupingUnit, LedgerRow::unit);

    private final String label;
    private final Function<LedgerRow, Object> key;

    Grouping(String label, Function<LedgerRow, Object> key) {
        this.label = label;
        this.key = key;
    }

    /** @return the name of the grouping in the user's language */
    public String label() {
        return label;
    }

    /**
     * Groups rows, keeping their order within each group.
     *
     * @param rows rows, ordered
     * @return the groups: records by year and title, units by name, the group without a unit last;
     *         for {@link #NONE} one group (none for no rows)
     */
    public List<Group> groups(List<LedgerRow> rows) {
        Map<Object, List<LedgerRow>> byKey = new LinkedHashMap<>();
        for (LedgerRow row : rows) {
            byKey.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>(byKey.size());
        byKey.forEach((k, members) -> groups.add(new Group(k, title(k), members)));
        NameOrder names = new NameOrder();
        groups.sort((a, b) -> {
            if (a.key() instanceof Record ra && b.key() instanceof Record rb && ra.getYear() != rb.getYear()) {
                return Integer.compare(ra.getYear(), rb.getYear());
            }
            return names.compare(a.key() == null ? null : a.title(), b.key() == null ? null : b.title());
        });
        return groups;
    }

    private String title(Object groupKey) {
        return switch (groupKey) {
            case Record record -> record.getTitle();
            case OrgUnit unit -> unit.getName();
            case null -> this == UNIT ? Messages.noUnit : Messages.allMeasures;
            default -> groupKey.toString();
        };
    }

    /**
     * A group of rows.
     *
     * @param key the record or unit the rows share; null for the rows without a unit, and for the one
     *        group of {@link Grouping#NONE}
     * @param title the title of the group in the user's language
     * @param rows the rows, in order
     */
    public record Group(Object key, String title, List<LedgerRow> rows) {

        /** Copies the rows. */
        public Group {
            rows = List.copyOf(rows);
        }
    }
}
