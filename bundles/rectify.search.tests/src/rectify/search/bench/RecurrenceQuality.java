package rectify.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.core.io.RegisterFiles;
import rectify.model.Aspect;
import rectify.model.Meeting;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.Review;
import rectify.samples.Samples;
import rectify.search.EarlierProblem;
import rectify.search.QueryException;
import rectify.search.Recurrence;
import rectify.search.Recurrences;
import rectify.search.SearchScope;

/**
 * How well {@link Recurrences} tells a problem found again from a new one, against labels made by
 * hand: the problems of the sample's 2025 worked example (each repeats one of 2021,
 * {@code labels/sample-2025-repeats.tsv}), and a record of 2022 written for the benchmark, half of
 * it problems of 2021 in other words, half problems 2021 did not have
 * ({@code labels/problem-pairs.tsv}). A problem is called a repeat when its most alike earlier
 * problem passes the threshold; the call is right when that is the labelled problem.
 */
final class RecurrenceQuality {

    private static final String RECORD_2025 = "_aCbQ79P2OwaLudGAahYemw";
    private static final int YEAR = 2022;
    private static final double[] THRESHOLDS = { 0.06, 0.08, 0.10, 0.12, 0.14, 0.16, 0.20, 0.25 };

    /**
     * A labelled problem.
     *
     * @param expected the earlier problem it repeats, {@code -} for none
     * @param found the most alike earlier problem found, or {@code null}
     */
    private record Case(String expected, EarlierProblem found) {
    }

    private RecurrenceQuality() {
    }

    /**
     * Prints precision and recall of {@code repeat} at the chosen threshold, and at others beside it.
     *
     * @param folder where the registers compared are written
     * @return the precision and recall at the chosen threshold
     */
    static double[] print(Path folder) throws IOException, QueryException {
        List<Case> cases = new ArrayList<>();
        Path sample = Samples.copySampleRegister(
                Files.createDirectories(folder.resolve("recurrence-2025")).resolve("sample.rectify"));
        Map<String, String> expected2025 = Labels.rows("sample-2025-repeats.tsv").stream()
                .collect(Collectors.toMap(row -> row[0], row -> row[1]));
        for (Recurrence problem : Recurrences.of(SearchScope.of(sample), RECORD_2025).problems()) {
            cases.add(new Case(expected2025.getOrDefault(problem.problemId(), "-"), best(problem)));
        }
        cases.addAll(cases2022(Samples.copySampleRegister(
                Files.createDirectories(folder.resolve("recurrence-2022")).resolve("sample.rectify"))));
        long repeats = cases.stream().filter(c -> !c.expected().equals("-")).count();
        System.out.printf(Locale.ROOT, "recurrences: %d problems labelled (%d repeat one of 2021, %d are new)%n",
                cases.size(),
                repeats, cases.size() - repeats);
        double[] chosen = print("  at the chosen threshold", cases, Recurrences.THRESHOLD);
        for (double threshold : THRESHOLDS) {
            print("  beside it, at", cases, threshold);
        }
        return chosen;
    }

    /** Adds the record of 2022 to the register and compares its problems with 2021's. */
    private static List<Case> cases2022(Path register) throws IOException, QueryException {
        List<String[]> pairs = Labels.rows("problem-pairs.tsv");
        String id = RegisterFiles.update(register, Duration.ofSeconds(10), (loaded, created) -> {
            Meeting meeting = RectifyFactory.eINSTANCE.createMeeting();
            meeting.setTitle(YEAR + "年度党员领导干部民主生活会");
            meeting.setYear(YEAR);
            Review review = RectifyFactory.eINSTANCE.createReview();
            Aspect aspect = RectifyFactory.eINSTANCE.createAspect();
            aspect.setTitle("存在的主要问题");
            for (String[] pair : pairs) {
                Problem problem = RectifyFactory.eINSTANCE.createProblem();
                problem.setNumber(aspect.getProblems().size() + 1);
                problem.setHeadline(pair[1]);
                problem.setExplanation(pair[2]);
                aspect.getProblems().add(problem);
            }
            review.getAspects().add(aspect);
            meeting.setReview(review);
            loaded.getRecords().add(meeting);
            return EcoreUtil.getURI(meeting).fragment();
        });
        Map<String, String> expected = pairs.stream().collect(Collectors.toMap(pair -> pair[1], pair -> pair[0]));
        return Recurrences.of(SearchScope.of(register), id).problems().stream()
                .map(problem -> new Case(expected.get(problem.headline()), best(problem))).toList();
    }

    private static EarlierProblem best(Recurrence problem) {
        return problem.earlier().isEmpty() ? null : problem.earlier().get(0);
    }

    private static double[] print(String label, List<Case> cases, double threshold) {
        long called = cases.stream().filter(c -> c.found() != null && c.found().score() >= threshold).count();
        long right = cases.stream()
                .filter(c -> c.found() != null && c.found().score() >= threshold
                        && c.found().problemId().equals(c.expected()))
                .count();
        long repeats = cases.stream().filter(c -> !c.expected().equals("-")).count();
        double precision = called == 0 ? 1.0 : (double) right / called;
        double recall = (double) right / repeats;
        System.out.printf(Locale.ROOT,
                "%s %.2f: repeat precision %.2f (%d right of %d called), recall %.2f (%d of %d repeats)%n",
                label, threshold, precision, right, called, recall, right, repeats);
        return new double[] { precision, recall };
    }
}
