package rectify.importer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import rectify.importer.Corpus;
import rectify.importer.DocumentImport;
import rectify.importer.ImportResult;
import rectify.importer.RegisterImport;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Record;

/**
 * Import benchmark, run by {@code releng/bench/import} in plain Java: imports the sample (text,
 * Word, Word 97-2003 and PDF) in one JVM, the first time and then warm (median of 15 after 20
 * warm-ups), read and recognised only and also added to a new register file; then each
 * document of the importer's corpus with what it gave (counts, the measures' statuses, notes)
 * and its warm time; then a document 100 times the sample (the sample one hundred times over) as
 * text and as Word (median of 3 after one warm-up). Prints one line per figure.
 */
public final class ImportBenchmark {

    private static final int WARM_UPS = 20;
    private static final int RUNS = 15;
    private static final int LARGE_RUNS = 3;
    private static final int TIMES = 100;
    private static final int CORPUS_WARM_UPS = 5;
    private static final List<String> FORMATS = List.of("txt", "docx", "doc", "pdf");

    private interface Step {
        Object run() throws IOException;
    }

    private ImportBenchmark() {
    }

    /** @param args the folder of the sample documents, and a folder to write into */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ImportBenchmark <samples folder> <work folder>");
        }
        Path samples = Path.of(args[0]);
        Path work = Path.of(args[1]);
        List<Path> formats = FORMATS.stream().map(format -> samples.resolve("democratic-life-meeting-2021." + format))
                .toList();
        Path txt = formats.get(0);

        for (Path sample : formats) {
            print("first import in this JVM (" + sample.getFileName() + ", classes loading)",
                    time(() -> DocumentImport.read(sample)));
        }
        for (Path sample : formats) {
            String name = sample.getFileName().toString();
            for (int i = 0; i < WARM_UPS; i++) {
                DocumentImport.read(sample);
            }
            print("sample " + name + ", read and recognised, warm (goal <= 300 ms)",
                    median(RUNS, () -> DocumentImport.read(sample)));
            int[] n = { 0 };
            print("sample " + name + ", and added to a new register file, warm", median(RUNS,
                    () -> RegisterImport.into(DocumentImport.read(sample),
                            work.resolve("register-" + n[0]++ + ".rectify"), null)));
        }

        for (String document : Corpus.documents()) {
            Path file = Corpus.file(document);
            for (int i = 0; i < CORPUS_WARM_UPS; i++) {
                DocumentImport.read(file);
            }
            double ms = median(RUNS, () -> DocumentImport.read(file));
            Record record = DocumentImport.read(file).record();
            List<Measure> measures = record.getReview().getDirections().stream().flatMap(d -> d.getMeasures().stream())
                    .toList();
            print(String.format(Locale.ROOT,
                    "corpus %-22s %-10s %d/%d/%d/%d/%d, done/in progress/planned %d/%d/%d, notes %d, warm",
                    document, record.eClass().getName().toLowerCase(Locale.ROOT), record.getAspectCount(),
                    record.getProblemCount(),
                    record.getCauseCount(), record.getDirectionCount(), record.getMeasureCount(),
                    count(measures, MeasureStatus.DONE),
                    count(measures, MeasureStatus.IN_PROGRESS), count(measures, MeasureStatus.PLANNED),
                    record.getReview().getNotes().size()), ms);
        }

        List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
        Path largeTxt = work.resolve("sample-x100.txt");
        Files.write(largeTxt, repeat(lines), StandardCharsets.UTF_8);
        Path largeDocx = work.resolve("sample-x100.docx");
        writeWord(repeat(lines), largeDocx);
        for (Path large : List.of(largeTxt, largeDocx)) {
            DocumentImport.read(large);
            double ms = median(LARGE_RUNS, () -> DocumentImport.read(large));
            Record record = DocumentImport.read(large).record();
            print(String.format(Locale.ROOT, "100 x sample %s (%d KB; %d aspects, %d problems, %d measures), warm",
                    large.getFileName(), Files.size(large) >> 10, record.getAspectCount(), record.getProblemCount(),
                    record.getMeasureCount()), ms);
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "import: heap after the runs: %d MiB used of %d MiB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static long count(List<Measure> measures, MeasureStatus status) {
        return measures.stream().filter(m -> m.getStatus() == status).count();
    }

    private static List<String> repeat(List<String> lines) {
        List<String> repeated = new ArrayList<>(lines.size() * TIMES);
        for (int i = 0; i < TIMES; i++) {
            repeated.addAll(lines);
        }
        return repeated;
    }

    private static void writeWord(List<String> lines, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : lines) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.createRun().setText(line);
            }
            document.write(out);
        }
    }

    private static double time(Step step) throws IOException {
        long start = System.nanoTime();
        Object result = step.run();
        long end = System.nanoTime();
        if (result instanceof ImportResult imported && imported.record() == null) {
            throw new IllegalStateException("no record");
        }
        return (end - start) / 1e6;
    }

    private static double median(int runs, Step step) throws IOException {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = time(step);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static void print(String what, double ms) {
        System.out.printf(Locale.ROOT, "import: %-100s %8.1f ms%n", what, ms);
    }
}
