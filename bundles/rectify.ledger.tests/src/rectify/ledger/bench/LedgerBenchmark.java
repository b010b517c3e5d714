package rectify.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import rectify.ledger.Ledger;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerFilter;
import rectify.ledger.LedgerRow;
import rectify.ledger.export.CsvExport;
import rectify.ledger.export.XlsxExport;
import rectify.ledger.lists.ProblemList;
import rectify.ledger.lists.ResponsibilityList;
import rectify.ledger.lists.TaskList;
import rectify.ledger.stats.LedgerStatistics;
import rectify.model.MeasureStatus;
import rectify.model.Register;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;

/**
 * Prints the figures of the ledger at scale (releng/bench/ledger runs it): a register of 100,000
 * measures; the rows made from it; filters and sorts as the ledger view does them (goal: 200 ms
 * each); the export of the ledger to .xlsx (goal: 5 s), and for comparison to CSV and of the ledger
 * with the three lists. Warm figures are the median of five runs after three warm-ups; exports,
 * which take seconds, are the median of three after one. Not a test; runs in plain Java.
 *
 * <pre>
 * LedgerBenchmark [folder]      the exports are written into folder (default: a temporary folder)
 * </pre>
 */
public final class LedgerBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final double FILTER_SORT_GOAL_MS = 200;
    private static final double XLSX_GOAL_MS = 5000;

    private LedgerBenchmark() {
    }

    /** @param args the folder for the exports (default: a new temporary folder) */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
                : Files.createTempDirectory("rectify-ledger");
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %.0f MiB%n",
                System.getProperty("java.version"),
                runtime.availableProcessors(), runtime.maxMemory() / 1048576.0);
        long start = System.nanoTime();
        Register register = SyntheticLedger.generate(2000, 50, DAY);
        System.out.printf(Locale.ROOT, "generated in %.0f ms: %d records%n", (System.nanoTime() - start) / 1e6,
                register.getRecords().size());

        AtomicReference<List<LedgerRow>> rows = new AtomicReference<>();
        double[] build = time(3, 5, () -> rows.set(Ledger.rows(register, DAY, WarningThresholds.DEFAULT)));
        List<LedgerRow> all = rows.get();
        System.out.printf(Locale.ROOT, "%nmeasures in the ledger:                %,d%n", all.size());
        report("rows made from the register", build, 0);

        LedgerRow sample = all.get(all.size() / 2);
        boolean ok = true;
        ok &= filterSort("all rows by deadline", all, LedgerFilter.ALL, LedgerColumn.DEADLINE.order());
        ok &= filterSort("all rows by leader (pinyin)", all, LedgerFilter.ALL, LedgerColumn.LEADER.order());
        ok &= filterSort("all rows by measure, descending", all, LedgerFilter.ALL,
                LedgerColumn.MEASURE.order().reversed());
        ok &= filterSort("overdue, most overdue first", all, LedgerFilter.ALL.withUrgencies(Set.of(Urgency.OVERDUE)),
                LedgerColumn.DAYS_LEFT.order());
        ok &= filterSort("one unit, open, by unit then deadline", all, LedgerFilter.ALL.withUnits(Set.of(sample.unit()))
                .withStatuses(Set.of(MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)),
                LedgerColumn.UNIT.order()
                        .thenComparing(LedgerColumn.DEADLINE.order()));
        ok &= filterSort("one year and leader, usual order", all, LedgerFilter.ALL.withYears(Set.of(sample.year()))
                .withLeaders(Set.of(sample.leader())), LedgerColumn.usualOrder());
        report("statistics of all rows", time(3, 5, () -> LedgerStatistics.of(all)), 0);

        Path xlsx = folder.resolve("ledger-100k.xlsx");
        double[] xlsxTimes = time(1, 3, () -> export(() -> XlsxExport.write(List.of(Ledger.table(all)), xlsx)));
        ok &= report("export of the ledger to .xlsx", xlsxTimes, XLSX_GOAL_MS);
        System.out.printf(Locale.ROOT, "  %s: %.1f MB, %s%n", xlsx, Files.size(xlsx) / 1e6, sheetCheck(xlsx));
        Path csv = folder.resolve("ledger-100k.csv");
        report("export of the ledger to CSV", time(1, 3, () -> export(() -> CsvExport.write(Ledger.table(all), csv))),
                0);
        System.out.printf(Locale.ROOT, "  %s: %.1f MB%n", csv, Files.size(csv) / 1e6);
        Path four = folder.resolve("ledger-and-lists-100k.xlsx");
        report("ledger and the three lists to .xlsx", time(0, 1, () -> export(() -> XlsxExport.write(
                List.of(Ledger.table(all), ProblemList.table(all), TaskList.table(all), ResponsibilityList.table(all)),
                four))), 0);
        System.out.println(ok ? "\nall goals met" : "\nGOALS MISSED");
        if (!ok) {
            System.exit(1);
        }
    }

    private static boolean filterSort(String what, List<LedgerRow> rows, Predicate<LedgerRow> filter,
            Comparator<LedgerRow> order) {
        int[] kept = new int[1];
        double[] times = time(3, 5, () -> kept[0] = Ledger.view(rows, filter, order).size());
        return report(String.format(Locale.ROOT, "filter and sort: %s (%,d kept)", what, kept[0]), times,
                FILTER_SORT_GOAL_MS);
    }

    /** Checks that the workbook holds a sheet, without reading 100,000 rows back. */
    private static String sheetCheck(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return zip.getEntry("xl/worksheets/sheet1.xml") != null ? "a workbook with its sheet" : "NO SHEET";
        }
    }

    private interface Export {
        void run() throws IOException;
    }

    private static void export(Export export) {
        try {
            export.run();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static double[] time(int warmUps, int runs, Runnable task) {
        double[] times = new double[runs];
        for (int i = 0; i < warmUps + runs; i++) {
            long start = System.nanoTime();
            task.run();
            if (i >= warmUps) {
                times[i - warmUps] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    private static boolean report(String what, double[] times, double goal) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        String all = Arrays.stream(times).mapToObj(t -> String.format(Locale.ROOT, "%.0f", t))
                .collect(Collectors.joining(" "));
        boolean met = goal <= 0 || median <= goal;
        System.out.printf(Locale.ROOT, "%-72s %7.0f ms  [%s]%s%n", what + ":", median, all,
                goal <= 0 ? "" : String.format(Locale.ROOT, "  goal <= %.0f ms%s", goal, met ? "" : "  MISSED"));
        return met;
    }
}
