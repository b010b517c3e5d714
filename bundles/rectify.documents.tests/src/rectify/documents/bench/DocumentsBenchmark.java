package rectify.documents.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import rectify.core.io.RegisterFiles;
import rectify.documents.DocumentException;
import rectify.documents.DocumentKind;
import rectify.documents.DocumentTemplates;
import rectify.documents.WordDocuments;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.urgency.WarningThresholds;
import rectify.samples.Samples;

/**
 * The five Word documents of the sample's 2021 meeting, on a plain class path: first each once, as
 * the first process to write them would (the first document pays for loading POI and the
 * templates), then each warm, the median of {@value #RUNS} after {@value #WARM_UPS} warm-ups.
 * Goal: each document in at most {@value #GOAL_MS} ms warm. Prints one line per figure; exits 1
 * when a goal is missed.
 */
public final class DocumentsBenchmark {

    private static final int WARM_UPS = 20;
    private static final int RUNS = 15;
    private static final double GOAL_MS = 100;

    private DocumentsBenchmark() {
    }

    /** @param args the folder to write into */
    public static void main(String[] args) throws IOException, DocumentException {
        long start = System.nanoTime();
        Path folder = Files.createDirectories(Path.of(args[0]));
        Register register = RegisterFiles.load(Samples.copySampleRegister(folder.resolve("sample.rectify")));
        Record meeting = register.getRecords().stream().filter(r -> !r.isExample()).findFirst().orElseThrow();
        double loaded = millis(start);
        WordDocuments writer = new WordDocuments(DocumentTemplates.shipped(), WarningThresholds.DEFAULT);
        LocalDate today = LocalDate.now();
        StringBuilder first = new StringBuilder();
        for (DocumentKind kind : DocumentKind.values()) {
            long t = System.nanoTime();
            writer.write(meeting, kind, folder.resolve(kind.code() + ".docx"), today, null);
            first.append(String.format(Locale.ROOT, " %s %.0f ms", kind.code(), millis(t)));
        }
        System.out.printf(Locale.ROOT,
                "documents: the five documents as one process: %.0f ms (register read in %.0f ms;%s)%n",
                millis(start), loaded, first);
        boolean missed = false;
        for (DocumentKind kind : DocumentKind.values()) {
            Path file = folder.resolve(kind.code() + "-warm.docx");
            for (int i = 0; i < WARM_UPS; i++) {
                writer.write(meeting, kind, file, today, null);
            }
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                writer.write(meeting, kind, file, today, null);
                times[i] = millis(t);
            }
            Arrays.sort(times);
            double median = times[RUNS / 2];
            missed |= median > GOAL_MS;
            System.out.printf(Locale.ROOT, "documents: %-8s warm %6.1f ms (goal %.0f ms) %s, %d KB%n", kind.code(),
                    median, GOAL_MS,
                    median > GOAL_MS ? "MISSED" : "ok", Files.size(file) / 1024);
        }
        System.exit(missed ? 1 : 0);
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
