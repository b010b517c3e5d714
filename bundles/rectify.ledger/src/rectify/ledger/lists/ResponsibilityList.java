package rectify.ledger.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import rectify.ledger.Column;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerLabels;
import rectify.ledger.LedgerRow;
import rectify.ledger.NameOrder;
import rectify.ledger.Table;
import rectify.ledger.internal.Messages;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.edit.Labels;

/**
 * The responsibility list (责任清单): one row per responsible leader and unit, with their measures,
 * how many are closed and overdue, and the nearest deadline still open.
 */
public final class ResponsibilityList {

    private ResponsibilityList() {
    }

    /**
     * A leader and a unit with the measures they answer for.
     *
     * @param leader the responsible leader, or null
     * @param unit the responsible unit, or null
     * @param measures their measures, in the ledger's usual order
     */
    public record Row(Person leader, OrgUnit unit, List<LedgerRow> measures) {

        /** Copies the measures. */
        public Row {
            measures = List.copyOf(measures);
        }

        /** @return how many of the measures are closed */
        public int closed() {
            return (int) measures.stream().filter(row -> row.status() == MeasureStatus.CLOSED).count();
        }

        /** @return how many of the measures are overdue */
        public int overdue() {
            return (int) measures.stream().filter(LedgerRow::overdue).count();
        }

        /** @return the nearest deadline of the open measures, or null */
        public LocalDate nearestDeadline() {
            return measures.stream().filter(row -> row.daysLeft() != null).map(LedgerRow::deadline)
                    .min(Comparator.naturalOrder()).orElse(null);
        }
    }

    /** The columns of the responsibility list. */
    public enum Columns implements Column<Row> {
        /** The responsible leader. */
        LEADER(Messages.columnLeader, 8, row -> LedgerLabels.person(row.leader())),
        /** The leader's position. */
        POSITION(Messages.columnPosition, 12, row -> row.leader() == null ? null : row.leader().getPosition()),
        /** The responsible unit. */
        UNIT(Messages.columnUnit, 12, row -> LedgerLabels.unit(row.unit())),
        /** How many measures. */
        COUNT(Messages.columnCount, 5, row -> row.measures().size()),
        /** How many are closed. */
        CLOSED(Messages.columnClosed, 5, Row::closed),
        /** How many are overdue. */
        OVERDUE(Messages.columnOverdue, 5, Row::overdue),
        /** The nearest open deadline. */
        NEAREST_DEADLINE(Messages.columnNearestDeadline, 10, Row::nearestDeadline),
        /** The measures, with their numbers and statuses, one a line. */
        MEASURES(Messages.columnMeasures, 30, row -> row.measures().stream()
                .map(measure -> NLS.bind(Messages.measureWithStatus, new Object[] { measure.number(),
                        Objects.toString(measure.headline(), ""), Labels.literal(measure.status()) }))//$NON-NLS-1$
                .collect(Collectors.joining("\n"))); //$NON-NLS-1$

        private final Spec<Row> spec;

        Columns(String header, int width, Function<Row, Object> value) {
            this.spec = new Spec<>(header, width, value);
        }

        @Override
        public Spec<Row> spec() {
            return spec;
        }
    }

    /**
     * @param ledger ledger rows
     * @return one row per leader and unit, by the leader's name, then the unit's; rows without a
     *         leader or unit after the others
     */
    public static List<Row> rows(List<LedgerRow> ledger) {
        List<LedgerRow> ordered = new ArrayList<>(ledger);
        ordered.sort(LedgerColumn.usualOrder());
        Map<List<Object>, List<LedgerRow>> byPair = new LinkedHashMap<>();
        for (LedgerRow row : ordered) {
            byPair.computeIfAbsent(java.util.Arrays.asList(row.leader(), row.unit()), k -> new ArrayList<>()).add(row);
        }
        List<Row> rows = new ArrayList<>(byPair.size());
        byPair.forEach((pair, measures) -> rows.add(new Row((Person) pair.get(0), (OrgUnit) pair.get(1), measures)));
        NameOrder names = new NameOrder();
        rows.sort(Comparator.<Row, String>comparing(row -> LedgerLabels.person(row.leader()), names)
                .thenComparing(row -> LedgerLabels.unit(row.unit()), names));
        return rows;
    }

    /** @return the responsibility list of the ledger rows as a table, titled 责任清单 */
    public static Table<Row> table(List<LedgerRow> ledger) {
        return new Table<>(Messages.listResponsibility, List.of(Columns.values()), rows(ledger));
    }
}
