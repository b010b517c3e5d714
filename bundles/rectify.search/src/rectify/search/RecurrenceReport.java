package rectify.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import rectify.ledger.Column;
import rectify.ledger.Table;
import rectify.ledger.export.ExportException;
import rectify.ledger.export.XlsxExport;
import rectify.model.Aspect;
import rectify.model.Measure;
import rectify.model.OrgUnit;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.search.internal.Messages;
import rectify.search.internal.ModelTexts;

/**
 * The report of a record's problems found in earlier years (年年查年年有), as an .xlsx workbook:
 * a sheet of the problems, by aspect and then responsible unit, each with the earlier problem it
 * repeats (confirmed, or likely by its score) and why; and a sheet of how many there are for each
 * aspect and unit.
 */
public final class RecurrenceReport {

    private RecurrenceReport() {
    }

    /**
     * One problem found again.
     *
     * @param aspect the aspect of the problem
     * @param unit the responsible units of its measures
     * @param number its number
     * @param headline its headline
     * @param year the year of the earlier problem
     * @param earlierRecord the title of the earlier problem's record
     * @param earlierNumber the earlier problem's number
     * @param earlierHeadline its headline
     * @param score how alike the two are, or {@code null} for a confirmed repeat search did not score
     * @param sharedWords the words they share
     * @param confirmed whether a person confirmed it
     */
    public record Row(String aspect, String unit, String number, String headline, int year, String earlierRecord,
            String earlierNumber, String earlierHeadline, Double score, String sharedWords, boolean confirmed) {
    }

    /**
     * Counts for one aspect and unit.
     *
     * @param aspect the aspect
     * @param unit the responsible unit
     * @param likely how many problems are likely repeats, not confirmed yet
     * @param confirmed how many are confirmed repeats
     */
    public record Count(String aspect, String unit, int likely, int confirmed) {
    }

    private enum RowColumn implements Column<Row> {
        ASPECT(Messages.reportAspect, 24, Row::aspect),
        UNIT(Messages.reportUnit, 14, Row::unit),
        NUMBER(Messages.reportNumber, 6, Row::number),
        HEADLINE(Messages.reportProblem, 30, Row::headline),
        YEAR(Messages.reportYear, 6, Row::year),
        RECORD(Messages.reportEarlierRecord, 24, Row::earlierRecord),
        EARLIER_NUMBER(Messages.reportEarlierNumber, 6, Row::earlierNumber),
        EARLIER(Messages.reportEarlierProblem, 30, Row::earlierHeadline),
        SCORE(Messages.reportScore, 6, Row::score),
        WORDS(Messages.reportSharedWords, 20, Row::sharedWords),
        CONFIRMED(Messages.reportState, 8, row -> row.confirmed() ? Messages.reportConfirmed : Messages.reportLikely);

        private final Spec<Row> spec;

        RowColumn(String header, int width, Function<Row, Object> value) {
            spec = new Spec<>(header, width, value);
        }

        @Override
        public Spec<Row> spec() {
            return spec;
        }
    }

    private enum CountColumn implements Column<Count> {
        ASPECT(Messages.reportAspect, 30, Count::aspect),
        UNIT(Messages.reportUnit, 16, Count::unit),
        LIKELY(Messages.reportLikely, 8, Count::likely),
        CONFIRMED(Messages.reportConfirmed, 8, Count::confirmed);

        private final Spec<Count> spec;

        CountColumn(String header, int width, Function<Count, Object> value) {
            spec = new Spec<>(header, width, value);
        }

        @Override
        public Spec<Count> spec() {
            return spec;
        }
    }

    /**
     * @param record a record
     * @param recurrences what {@link Recurrences} found for its problems
     * @return its problems found again (confirmed, or likely and not dismissed by a confirmation of another), by aspect and unit
     */
    public static List<Row> rows(Record record, Recurrences.Result recurrences) {
        Map<String, Recurrence> byId = recurrences.problems().stream()
                .collect(Collectors.toMap(Recurrence::problemId, recurrence -> recurrence, (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        if (record.getReview() == null) {
            return rows;
        }
        for (Aspect aspect : record.getReview().getAspects()) {
            for (Problem problem : aspect.getProblems()) {
                Problem confirmed = problem.getEarlierOccurrence();
                Recurrence found = byId.get(ModelTexts.id(problem));
                String aspectName = Objects.requireNonNullElse(aspect.getTitle(), "");
                if (confirmed != null) {
                    EarlierProblem scored = found == null ? null
                            : found.earlier().stream().filter(e -> e.problemId().equals(ModelTexts.id(confirmed)))
                                    .findFirst()
                                    .orElse(null);
                    Record earlierRecord = recordOf(confirmed);
                    rows.add(new Row(aspectName, units(problem), problem.getFullNumber(), problem.getHeadline(),
                            earlierRecord == null ? 0 : earlierRecord.getYear(),
                            earlierRecord == null ? "" : earlierRecord.getTitle(),
                            confirmed.getFullNumber(), confirmed.getHeadline(), scored == null ? null : scored.score(),
                            scored == null ? "" : String.join("、", scored.sharedWords()), true)); //$NON-NLS-1$ //$NON-NLS-2$
                } else if (found != null && found.isRepeat()) {
                    EarlierProblem best = found.earlier().get(0);
                    rows.add(new Row(aspectName, units(problem), problem.getFullNumber(), problem.getHeadline(),
                            best.year(),
                            best.recordTitle(), best.number(), best.headline(), best.score(),
                            String.join("、", best.sharedWords()), //$NON-NLS-1$
                            false));
                }
            }
        }
        List<String> aspects = rows.stream().map(Row::aspect).distinct().toList();
        rows.sort(Comparator.comparingInt((Row row) -> aspects.indexOf(row.aspect())).thenComparing(Row::unit));
        return rows;
    }

    /** @return how many repeats each aspect and unit has, in the order of the rows */
    public static List<Count> counts(List<Row> rows) {
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (Row row : rows) {
            int[] count = counts.computeIfAbsent(List.of(row.aspect(), row.unit()), key -> new int[2]);
            count[row.confirmed() ? 1 : 0]++;
        }
        return counts.entrySet().stream()
                .map(entry -> new Count(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()[0],
                        entry.getValue()[1]))
                .toList();
    }

    /**
     * Writes the report of a record as an .xlsx workbook, atomically.
     *
     * @param record a record
     * @param recurrences what {@link Recurrences} found for its problems
     * @param file the workbook
     * @throws ExportException when the file cannot be written; it is then as it was
     */
    public static void write(Record record, Recurrences.Result recurrences, Path file) throws ExportException {
        List<Row> rows = rows(record, recurrences);
        XlsxExport.write(List.of(new Table<>(Messages.reportTitle, List.of(RowColumn.values()), rows),
                new Table<>(Messages.reportCountsTitle, List.of(CountColumn.values()), counts(rows))), file);
    }

    private static String units(Problem problem) {
        String units = problem.getMeasures().stream().map(Measure::getResponsibleUnit).filter(Objects::nonNull)
                .map(OrgUnit::getName)
                .filter(Objects::nonNull).distinct().collect(Collectors.joining("、")); //$NON-NLS-1$
        return units.isEmpty() ? Messages.reportNoUnit : units;
    }

    private static Record recordOf(EObject element) {
        for (EObject object = element; object != null; object = object.eContainer()) {
            if (object instanceof Record record) {
                return record;
            }
        }
        return null;
    }
}
