package rectify.ledger.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import rectify.ledger.Column;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerLabels;
import rectify.ledger.LedgerRow;
import rectify.ledger.Table;
import rectify.ledger.internal.Messages;
import rectify.model.Aspect;
import rectify.model.MeasureStatus;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.edit.Labels;
import rectify.model.urgency.Urgency;

/** The problem list (问题清单): one row per problem that the ledger's measures remedy. */
public final class ProblemList {

    private ProblemList() {
    }

    /**
     * A problem with the ledger rows of its measures.
     *
     * @param problem the problem
     * @param record the record it was found in
     * @param measures the rows of the measures that remedy it, in the ledger's usual order
     */
    public record Row(Problem problem, Record record, List<LedgerRow> measures) {

        /** Copies the measures. */
        public Row {
            measures = List.copyOf(measures);
        }

        /** @return how far its rectification has come: the least advanced status of its measures */
        public MeasureStatus state() {
            return measures.stream().map(LedgerRow::status).min(Comparator.naturalOrder())
                    .orElse(MeasureStatus.PLANNED);
        }

        /** @return the most urgent of its measures' urgencies */
        public Urgency urgency() {
            return mostUrgent().map(LedgerRow::urgency).orElse(Urgency.NO_DEADLINE);
        }

        /** @return the warning light of its most urgent measure, named as the legend names it; empty without one */
        public String warning() {
            return mostUrgent().map(LedgerRow::warning).orElse(""); //$NON-NLS-1$
        }

        private Optional<LedgerRow> mostUrgent() {
            return measures.stream().min(Comparator.comparing(LedgerRow::urgency));
        }
    }

    /** The columns of the problem list. */
    public enum Columns implements Column<Row> {
        /** The problem's full number, {@code <aspect>.<problem>}. */
        NUMBER(Messages.columnNumber, 5, row -> row.problem().getFullNumber()),
        /** The record it was found in. */
        RECORD(Messages.columnRecord, 16, row -> row.record().getTitle()),
        /** The aspect it is listed under. */
        ASPECT(Messages.columnAspect, 12, row -> aspect(row.problem())),
        /** The headline of the problem. */
        PROBLEM(Messages.columnProblem, 24, row -> row.problem().getHeadline()),
        /** Its severity. */
        SEVERITY(Messages.columnSeverity, 5, row -> Labels.literal(row.problem().getSeverity())),
        /** The measures that remedy it, with their numbers, one a line. */
        MEASURES(Messages.columnMeasures, 24, row -> row.measures().stream()
                .map(measure -> measure.number() + ' ' + Objects.toString(measure.headline(), ""))//$NON-NLS-1$
                .collect(Collectors.joining("\n"))), //$NON-NLS-1$
        /** The units responsible for those measures. */
        UNITS(Messages.columnUnits, 12, row -> row.measures().stream().map(measure -> LedgerLabels.unit(measure.unit()))
                .filter(Objects::nonNull).distinct().collect(Collectors.joining("\n"))), //$NON-NLS-1$
        /** The least advanced status of its measures. */
        STATE(Messages.columnState, 6, row -> Labels.literal(row.state())),
        /** The warning light of its most urgent measure. */
        LIGHT(Messages.columnLight, 6, Row::warning);

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
     * @return the problems their measures remedy, each once, by record (in the ledger's usual
     *         order), aspect and number
     */
    public static List<Row> rows(List<LedgerRow> ledger) {
        List<LedgerRow> ordered = new ArrayList<>(ledger);
        ordered.sort(LedgerColumn.usualOrder());
        Map<Problem, List<LedgerRow>> measures = new LinkedHashMap<>();
        Map<Problem, Record> records = new HashMap<>();
        Map<Record, Integer> recordOrder = new HashMap<>();
        for (LedgerRow row : ordered) {
            recordOrder.putIfAbsent(row.record(), recordOrder.size());
            Set<Problem> distinct = new LinkedHashSet<>(row.problems());
            for (Problem problem : distinct) {
                measures.computeIfAbsent(problem, p -> new ArrayList<>()).add(row);
                records.putIfAbsent(problem, row.record());
            }
        }
        List<Row> rows = new ArrayList<>(measures.size());
        measures.forEach((problem, rowsOfProblem) -> rows.add(new Row(problem, records.get(problem), rowsOfProblem)));
        rows.sort(Comparator.<Row>comparingInt(row -> recordOrder.get(row.record()))
                .thenComparingInt(row -> aspectNumber(row.problem()))
                .thenComparingInt(row -> row.problem().getNumber()));
        return rows;
    }

    /** @return the problem list of the ledger rows as a table, titled 问题清单 */
    public static Table<Row> table(List<LedgerRow> ledger) {
        return new Table<>(Messages.listProblems, List.of(Columns.values()), rows(ledger));
    }

    private static String aspect(Problem problem) {
        if (problem.eContainer() instanceof Aspect aspect) {
            String name = aspect.getShortName() == null || aspect.getShortName().isBlank() ? aspect.getTitle()
                    : aspect.getShortName();
            return name == null ? null : name.strip();
        }
        return null;
    }

    private static int aspectNumber(Problem problem) {
        return problem.eContainer() instanceof Aspect aspect && aspect.getPosition() > 0 ? aspect.getPosition()
                : Integer.MAX_VALUE;
    }
}
