package rectify.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import rectify.archive.ArchiveException;
import rectify.archive.ArchiveFormat;
import rectify.archive.ArchiveResult;
import rectify.archive.RecordArchiver;
import rectify.core.io.FileNames;
import rectify.model.Record;

/**
 * Archives records on one or more workers, which share the archiver (and its fonts) and the loaded
 * register, and reports in the records' order whichever worker wrote them: the progress line of
 * each record of a batch on standard error, its file on standard output, its warnings, and the
 * summary of a batch. Archiving only reads the model, and the lists EMF would make on first
 * reading are made before the workers start, so that no worker changes anything another sees.
 */
final class ArchiveBatch {

    /** What archiving a record gave: the result, or why there is none. */
    private record Outcome(ArchiveResult result, ArchiveException failure) {
    }

    private final List<Record> records;
    private final List<String> ids = new ArrayList<>();
    private final List<Path> files;
    private final ArchiveFormat format;
    private final List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    /**
     * @param records the records to archive, of one loaded register
     * @param files the file of each record
     * @param format the format they are written in
     */
    ArchiveBatch(List<Record> records, List<Path> files, ArchiveFormat format) {
        this.records = records;
        this.files = files;
        this.format = format;
        records.forEach(record -> {
            ids.add(EcoreUtil.getURI(record).fragment());
            outcomes.add(new CompletableFuture<>());
        });
    }

    /**
     * Archives the records and reports them.
     *
     * @param archiver the archiver, which the caller closes
     * @param workers how many threads archive at once, at least one
     * @param out where the files written go
     * @param err where progress, warnings and failures go
     * @return {@link Command#OK} when every record was written, else {@link Command#FOUND_ERRORS}
     */
    int run(RecordArchiver archiver, int workers, PrintStream out, PrintStream err) {
        if (workers > 1) {
            settle(records.get(0).eResource());
        }
        for (int i = 0; i < Math.max(1, workers); i++) {
            start(() -> work(archiver));
        }
        boolean batch = records.size() > 1;
        int failed = 0;
        for (int i = 0; i < records.size(); i++) {
            if (batch) {
                err.println(NLS.bind(ArchiveMessages.progress,
                        new Object[] { i + 1, records.size(), ids.get(i), FileNames.escape(files.get(i).toString()) }));
            }
            Outcome outcome = outcome(i);
            if (outcome.result() != null) {
                ArchiveResult result = outcome.result();
                String file = FileNames.escape(result.file().toString());
                out.println(file);
                result.warnings().forEach(warning -> err.println(NLS.bind(ArchiveMessages.warning, file, warning)));
            } else {
                err.println(outcome.failure().getMessage());
                failed++;
            }
        }
        if (batch) {
            err.println(NLS.bind(ArchiveMessages.summary, records.size() - failed, records.size()));
        }
        return failed == 0 ? Command.OK : Command.FOUND_ERRORS;
    }

    private static void start(Runnable worker) {
        Thread.ofPlatform().daemon().name("rectify-archive").start(worker);
    }

    /**
     * Makes every list of the register's elements that EMF makes on first reading (the empty
     * ones), so that the workers, started after this, find the model complete and only read it.
     */
    private static void settle(Resource register) {
        for (Iterator<EObject> all = register.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
                if (feature.isMany() && !feature.isDerived()) {
                    element.eGet(feature);
                }
            }
        }
    }

    /** Archives the next record that no worker has taken, until none is left. */
    private void work(RecordArchiver archiver) {
        for (int i = next.getAndIncrement(); i < records.size(); i = next.getAndIncrement()) {
            CompletableFuture<Outcome> outcome = outcomes.get(i);
            try {
                outcome.complete(new Outcome(archiver.archive(records.get(i), files.get(i), format, null), null));
            } catch (ArchiveException e) {
                outcome.complete(new Outcome(null, e));
            } catch (RuntimeException | Error e) {
                outcome.completeExceptionally(e);
            }
        }
    }

    /** Waits for a record's outcome; what a worker did not expect is thrown here, as it would be in one thread. */
    private Outcome outcome(int index) {
        try {
            return outcomes.get(index).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
