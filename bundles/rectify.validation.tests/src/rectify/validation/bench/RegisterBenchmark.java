package rectify.validation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import rectify.core.io.RegisterFiles;
import rectify.model.Register;
import rectify.validation.RegisterValidation;

/**
 * Prints the figures of register files at scale (releng/bench/model runs it): generates a
 * synthetic register of about 100,000 elements, then times saves and loads through
 * {@link RegisterFiles} and the closed-loop validation, warm (after warm-ups, the median of
 * five), and measures the heap.
 * Not a test; runs in plain Java.
 *
 * <pre>
 * RegisterBenchmark [folder]               the whole benchmark; the file stays in folder
 * RegisterBenchmark --load-once file       one load in this (fresh) JVM
 * </pre>
 */
public final class RegisterBenchmark {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 5;
    private static final double MIB = 1024.0 * 1024.0;

    private RegisterBenchmark() {
    }

    /**
     * @param args the folder for the register file (default: a new temporary folder), or
     *        {@code --load-once} and a file
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--load-once")) {
            long start = System.nanoTime();
            Register register = RegisterFiles.load(Paths.get(args[1]));
            long nanos = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "load in a fresh JVM (one, cold):  %6.0f ms  (%d records)%n", nanos / 1e6,
                    register.getRecords().size());
            return;
        }
        Path folder = args.length > 0 ? Files.createDirectories(Paths.get(args[0]))
                : Files.createTempDirectory("rectify-bench");
        Path file = folder.resolve("synthetic-100k.rectify");
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %.0f MiB%n",
                System.getProperty("java.version"),
                runtime.availableProcessors(), runtime.maxMemory() / MIB);

        long start = System.nanoTime();
        Register generated = SyntheticRegister.generate(10, 40, 5);
        System.out.printf(Locale.ROOT, "generated in %.0f ms: %d records%n", (System.nanoTime() - start) / 1e6,
                generated.getRecords().size());
        int elements = count(generated);

        start = System.nanoTime();
        RegisterFiles.save(generated, file);
        double coldSave = (System.nanoTime() - start) / 1e6;
        Resource resource = generated.eResource();
        double[] saves = new double[RUNS];
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            start = System.nanoTime();
            RegisterFiles.save(resource);
            if (i >= WARM_UPS) {
                saves[i - WARM_UPS] = (System.nanoTime() - start) / 1e6;
            }
        }
        long size = Files.size(file);
        resource.getResourceSet().getResources().clear();
        resource = null;
        generated = null;

        start = System.nanoTime();
        Register loaded = RegisterFiles.load(file);
        double coldLoad = (System.nanoTime() - start) / 1e6;
        if (count(loaded) != elements) {
            throw new IllegalStateException("loaded " + count(loaded) + " elements of " + elements);
        }
        loaded = null;
        double[] loads = new double[RUNS];
        long peak = 0;
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            loaded = null;
            settle();
            resetPeaks();
            start = System.nanoTime();
            loaded = RegisterFiles.load(file);
            if (i >= WARM_UPS) {
                loads[i - WARM_UPS] = (System.nanoTime() - start) / 1e6;
                peak = Math.max(peak, peakHeap());
            }
        }
        settle();
        long used = runtime.totalMemory() - runtime.freeMemory();

        LocalDate today = LocalDate.of(2026, 6, 30);
        double[] validations = new double[RUNS];
        int diagnostics = 0;
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            start = System.nanoTime();
            diagnostics = RegisterValidation.validate(loaded, today).getChildren().size();
            if (i >= WARM_UPS) {
                validations[i - WARM_UPS] = (System.nanoTime() - start) / 1e6;
            }
        }
        ResourceSet keep = loaded.eResource().getResourceSet();

        System.out.println();
        System.out.printf(Locale.ROOT, "elements:                      %,d%n", elements);
        System.out.printf(Locale.ROOT, "file:                          %.1f MB (%,d bytes) %s%n", size / 1e6, size,
                file);
        System.out.printf(Locale.ROOT, "save (warm, median of %d):      %6.0f ms   [%s]  goal <= 1000 ms%n", RUNS,
                median(saves), list(saves));
        System.out.printf(Locale.ROOT, "load (warm, median of %d):      %6.0f ms   [%s]  goal <= 1000 ms%n", RUNS,
                median(loads), list(loads));
        System.out.printf(Locale.ROOT,
                "validate (warm, median of %d):  %6.0f ms   [%s]  goal <= 500 ms (%,d diagnostics)%n",
                RUNS, median(validations), list(validations), diagnostics);
        System.out.printf(Locale.ROOT, "first save / load in this JVM: %6.0f ms / %.0f ms%n", coldSave, coldLoad);
        System.out.printf(Locale.ROOT, "heap used after load (GC'd):   %6.0f MiB  goal <= 300 MiB%n", used / MIB);
        System.out.printf(Locale.ROOT, "peak heap during a load:       %6.0f MiB  (max heap %.0f MiB)%n", peak / MIB,
                runtime.maxMemory() / MIB);
        if (keep.getResources().isEmpty()) {
            throw new IllegalStateException();
        }
    }

    private static int count(Register register) {
        int count = 1;
        for (var i = register.eAllContents(); i.hasNext(); i.next()) {
            count++;
        }
        return count;
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String list(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.length() == 0 ? "" : " ").append(Math.round(value));
        }
        return text.toString();
    }
}
