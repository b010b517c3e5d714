package rectify.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import rectify.archive.ArchiveException;
import rectify.archive.ArchiveResult;
import rectify.archive.RecordArchiver;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.model.Register;

/**
 * Archives records on one or more workers, each with an archiver of its own (archivers are not
 * thread-safe), and reports in the records' order whichever worker wrote them: the progress line
 * of each record of a batch on standard error, its file on standard output, its warnings, and the
 * summary of a batch. The first worker archives the records as loaded; each other worker loads a
 * copy of the register of its own, so that no model is read by two threads. A worker that cannot
 * get its archiver or its copy leaves the records to the others.
 */
final class ArchiveBatch {

    /** What archiving a record gave: the result, or why there is none. */
    private record Outcome(ArchiveResult result, ArchiveException failure) {
    }

    private final Path register;
    private final List<Record> records;
    private final List<String> ids = new ArrayList<>();
    private final List<Path> files;
    private final List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    /**
     * @param register the register file the records were loaded from
     * @param records the records to archive
     * @param files the file of each record
     */
    ArchiveBatch(Path register, List<Record> records, List<Path> files) {
        this.register = register;
        this.records = records;
        this.files = files;
        records.forEach(record -> {
            ids.add(EcoreUtil.getURI(record).fragment());
            outcomes.add(new CompletableFuture<>());
        });
    }

    /**
     * Archives the records and reports them.
     *
     * @param archiver the first worker's archiver, which the caller closes
     * @param others the archivers of the other workers, being made; each is closed when done
     * @param out where the files written go
     * @param err where progress, warnings and failures go
     * @return {@link Command#OK} when every record was written, else {@link Command#FOUND_ERRORS}
     */
    int run(RecordArchiver archiver, List<FutureTask<RecordArchiver>> others, PrintStream out, PrintStream err) {
        start(() -> work(archiver, records));
        others.forEach(fonts -> start(() -> help(fonts)));
        boolean batch = records.size() > 1;
        int failed = 0;
        for (int i = 0; i < records.size(); i++) {
            if (batch) {
                err.println(NLS.bind(ArchiveMessages.progress, new Object[] { i + 1, records.size(), ids.get(i), files.get(i) }));
            }
            Outcome outcome = outcome(i);
            if (outcome.result() != null) {
                ArchiveResult result = outcome.result();
                out.println(result.file());
                result.warnings().forEach(warning -> err.println(NLS.bind(ArchiveMessages.warning, result.file(), warning)));
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

    /** Archives the next record that no worker has taken, until none is left. */
    private void work(RecordArchiver archiver, List<Record> own) {
        for (int i = next.getAndIncrement(); i < records.size(); i = next.getAndIncrement()) {
            CompletableFuture<Outcome> outcome = outcomes.get(i);
            try {
                outcome.complete(new Outcome(archiver.archive(own.get(i), files.get(i), null), null));
            } catch (ArchiveException e) {
                outcome.complete(new Outcome(null, e));
            } catch (RuntimeException | Error e) {
                outcome.completeExceptionally(e);
            }
        }
    }

    /** Works with an archiver and a copy of the register of its own, when both can be had. */
    private void help(FutureTask<RecordArchiver> fonts) {
        RecordArchiver archiver = ArchiveCommand.archiver(fonts, null);
        if (archiver == null) {
            return;
        }
        try (archiver) {
            List<Record> copy = copy();
            if (copy != null) {
                work(archiver, copy);
            }
        }
    }

    /** @return the records in a new copy of the register, or {@code null} when it is not the same */
    private List<Record> copy() {
        Register copy;
        try {
            copy = RegisterFiles.load(register);
        } catch (RegisterFileException e) {
            return null;
        }
        List<Record> same = new ArrayList<>();
        for (String id : ids) {
            EObject record = copy.eResource().getEObject(id);
            if (!(record instanceof Record found)) {
                return null;
            }
            same.add(found);
        }
        return same;
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
