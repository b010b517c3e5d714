package rectify.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.core.io.RegisterFiles;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Review;
import rectify.search.ElementKind;
import rectify.search.LinkSuggestions;
import rectify.search.QueryException;
import rectify.search.Recurrences;
import rectify.search.Search;
import rectify.search.SearchIndexes;
import rectify.search.SearchRequest;
import rectify.search.SearchResult;
import rectify.search.SearchScope;

/**
 * Prints the figures of search (releng/bench/search runs it): first the quality of what is
 * proposed, against labels made by hand, then the speed on a register of 10,000 records. Goals:
 * index 10,000 records <= 30 s, a query <= 50 ms, the similar problems of one record <= 200 ms,
 * the link proposals for the sample <= 200 ms.
 * Exits 1 when a goal of speed is missed.
 */
public final class SearchBenchmark {

    private static final int RECORDS = 10_000;
    private static final int WARM_UPS = 5;
    private static final int RUNS = 15;
    private static final double INDEX_GOAL_MS = 30_000;
    private static final double QUERY_GOAL_MS = 50;
    private static final double SIMILAR_GOAL_MS = 200;
    private static final double SUGGESTIONS_GOAL_MS = 200;
    private static final List<SearchRequest> QUERIES = List.of(SearchRequest.of("调查研究"), SearchRequest.of("作风 会议"),
            SearchRequest.of("政治站位"), SearchRequest.of("理论学习 基层"), SearchRequest.of("防范化解重大安全风险"),
            new SearchRequest("", ElementKind.MEASURE, null, "办公室", null, "open"),
            SearchRequest.of("调查研究").withYear(2025).withKind(ElementKind.PROBLEM));

    private SearchBenchmark() {
    }

    /**
     * @param args the folder for the generated registers and their indexes (a temporary one when none)
     */
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
                : Files.createTempDirectory("search-bench");
        System.out.println("quality of the links proposed");
        LinkQuality.print();
        System.out.println("quality of the recurrences");
        RecurrenceQuality.print(folder);
        System.out.println("speed");
        boolean met = speed(Files.createDirectories(folder.resolve("large")));
        System.exit(met ? 0 : 1);
    }

    private static boolean speed(Path folder) throws IOException, QueryException {
        Path register = folder.resolve("register.rectify");
        long start = System.nanoTime();
        int elements = SampleClones.write(RECORDS, register);
        System.out.printf(Locale.ROOT, "  generated %,d records, %,d elements, %.1f MB in %.1f s%n", RECORDS, elements,
                Files.size(register) / 1e6, seconds(start));
        start = System.nanoTime();
        var loaded = RegisterFiles.load(register);
        double load = millis(start);
        String record2025 = loaded.getRecords().stream().filter(record -> record.getTitle().endsWith("（示例）"))
                .map(record -> EcoreUtil.getURI(record).fragment()).findFirst().orElseThrow();
        loaded = null;
        start = System.nanoTime();
        SearchIndexes.refresh(register);
        double index = millis(start);
        boolean met = report("index the register from its file (of which loading it: " + Math.round(load) + " ms)",
                index,
                INDEX_GOAL_MS);
        RegisterFiles.update(register, Duration.ofSeconds(10), (changed, created) -> {
            Record last = changed.getRecords().get(changed.getRecords().size() - 1);
            Problem problem = last.getReview().getAspects().get(0).getProblems().get(0);
            problem.setHeadline(problem.getHeadline() + "（修订）");
            return null;
        });
        start = System.nanoTime();
        SearchIndexes.refresh(register);
        System.out.printf(Locale.ROOT, "  bring the index up to date after one record changed: %.0f ms%n",
                millis(start));
        SearchScope scope = SearchScope.of(folder);
        List<Double> queries = new ArrayList<>();
        for (SearchRequest query : QUERIES) {
            double median = median(() -> Search.run(scope, query, Search.DEFAULT_LIMIT));
            SearchResult result = Search.run(scope, query, Search.DEFAULT_LIMIT);
            System.out.printf(Locale.ROOT, "    %-60s %,7d found, %5.1f ms%n", describe(query), result.total(), median);
            queries.add(median);
        }
        met &= report("a query (the slowest of the above, median of " + RUNS + ", with highlights of the first "
                + Search.DEFAULT_LIMIT + ")", queries.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                QUERY_GOAL_MS);
        met &= report(
                "similar problems of one record (the worked example, against " + (RECORDS - 1) + " earlier records)",
                median(() -> Recurrences.of(scope, record2025)), SIMILAR_GOAL_MS);
        Review sample = SampleClones.sample().getRecords().get(0).getReview();
        met &= report("link proposals for the sample (its 2021 record: 15 problems, 5 causes, 12 measures, no links)",
                median(() -> LinkSuggestions.of(sample)), SUGGESTIONS_GOAL_MS);
        return met;
    }

    private static String describe(SearchRequest query) {
        return String.format(Locale.ROOT, "\"%s\"%s%s%s%s", query.text(),
                query.kind() == null ? "" : " kind=" + query.kind().literal(),
                query.year() == null ? "" : " year=" + query.year(),
                query.unit() == null ? "" : " unit=" + query.unit(),
                query.status() == null ? "" : " status=" + query.status());
    }

    private static boolean report(String what, double millis, double goal) {
        boolean met = millis <= goal;
        System.out.printf(Locale.ROOT, "  %s: %.1f ms (goal %.0f ms)%s%n", what, millis, goal, met ? "" : " MISSED");
        return met;
    }

    /** Something timed. */
    @FunctionalInterface
    private interface Timed {
        Object run() throws Exception;
    }

    private static double median(Timed timed) {
        try {
            for (int i = 0; i < WARM_UPS; i++) {
                timed.run();
            }
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                timed.run();
                runs[i] = millis(start);
            }
            Arrays.sort(runs);
            return runs[RUNS / 2];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
