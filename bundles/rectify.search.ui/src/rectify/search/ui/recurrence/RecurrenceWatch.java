package rectify.search.ui.recurrence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.RecordStatus;
import rectify.search.QueryException;
import rectify.search.Recurrence;
import rectify.search.Recurrences;
import rectify.search.SearchIndexes;
import rectify.search.SearchScope;
import rectify.search.ui.Messages;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;

/**
 * Keeps the search index of every open register up to date with its saves, and the problems of its
 * current records compared with the earlier years of the registers of its folder: in the
 * background when the register opens and after each save; the findings and views then show them.
 * The records compared are those not closed or archived, the latest first.
 */
public final class RecurrenceWatch implements RegisterListener {

    /** How many records of a register are compared at most, the latest first. */
    static final int RECORDS = 20;
    /** How long closing a register waits for its index to be written. */
    private static final long CLOSING_WAIT_MILLIS = 10_000;
    private static RecurrenceWatch instance;

    private final Map<OpenRegister, Map<String, Recurrence>> known = new ConcurrentHashMap<>();
    private final Map<OpenRegister, Boolean> started = new ConcurrentHashMap<>();
    /** The family of the jobs of each register, so that closing it waits for them. */
    private final Map<OpenRegister, Object> families = new ConcurrentHashMap<>();
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    private RecurrenceWatch() {
        OpenRegisters.get().addListener(this);
    }

    /** @return the watch, listening to the open registers from the first call on (on the UI thread) */
    public static synchronized RecurrenceWatch get() {
        if (instance == null) {
            instance = new RecurrenceWatch();
        }
        return instance;
    }

    /**
     * @param register an open register
     * @return what is known of its problems, by problem id; starts comparing them when nothing is yet
     */
    public Map<String, Recurrence> of(OpenRegister register) {
        if (started.putIfAbsent(register, Boolean.TRUE) == null) {
            schedule(register, null);
        }
        return known.getOrDefault(register, Map.of());
    }

    /**
     * @param register an open register
     * @param problem one of its problems
     * @return what is known of the problem, or {@code null}
     */
    public Recurrence of(OpenRegister register, Problem problem) {
        return of(register).get(register.register().eResource().getURIFragment(problem));
    }

    /** @param listener told on the UI thread whenever what is known changes */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Compares the register's current records again (after its index was built anew, say). */
    public void refresh(OpenRegister register) {
        started.put(register, Boolean.TRUE);
        schedule(register, null);
    }

    /** Compares the problems of one record of the register (one that is closed, say), keeping what is known of the others. */
    public void compare(OpenRegister register, Record record) {
        started.put(register, Boolean.TRUE);
        schedule(register.file(), register, List.of(register.register().eResource().getURIFragment(record)), null,
                false);
    }

    @Override
    public void changed(OpenRegister register, Change change) {
        switch (change) {
            case SAVED -> {
                if (!register.isDirty()) {
                    started.put(register, Boolean.TRUE);
                    schedule(register, SearchIndexes.afterSave(register.file(), register.register()));
                }
            }
            case CLOSED -> {
                started.remove(register);
                known.remove(register);
                finish(register);
                fire();
            }
            default -> {
                // the index follows saves only
            }
        }
    }

    /** Reads what is needed on the UI thread, then indexes and compares in the background. */
    private void schedule(OpenRegister register, SearchIndexes.Update update) {
        List<String> records = register.register().getRecords().stream()
                .filter(record -> record.getStatus() != RecordStatus.CLOSED
                        && record.getStatus() != RecordStatus.ARCHIVED)
                .sorted(Comparator.comparingInt(Record::getYear).reversed()).limit(RECORDS)
                .map(record -> register.register().eResource().getURIFragment(record)).toList();
        schedule(register.file(), register, records, update, true);
    }

    private void schedule(Path file, OpenRegister register, List<String> records, SearchIndexes.Update update,
            boolean replace) {
        Object family = families.computeIfAbsent(register, any -> new Object());
        Job job = new Job(Messages.jobCompare) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return compare(register, file, records, update, replace, monitor);
            }

            @Override
            public boolean belongsTo(Object asked) {
                return asked == family;
            }
        };
        job.setPriority(Job.DECORATE);
        job.schedule();
    }

    private IStatus compare(OpenRegister register, Path file, List<String> records, SearchIndexes.Update update,
            boolean replace,
            IProgressMonitor monitor) {
        monitor.beginTask(Messages.jobCompare, records.size() + 1);
        try {
            if (update != null) {
                update.write();
            }
            monitor.worked(1);
            SearchScope scope = SearchScope.of(file.toAbsolutePath().getParent()).and(file);
            Map<String, Recurrence> found = new ConcurrentHashMap<>();
            List<String> notes = new ArrayList<>();
            for (String record : records) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                try {
                    Recurrences.Result result = Recurrences.of(scope, record);
                    result.problems().forEach(problem -> found.put(problem.problemId(), problem));
                    notes.addAll(result.notes());
                } catch (QueryException e) {
                    // a record that is not saved yet: compared after the save
                }
                monitor.worked(1);
            }
            notes.stream().distinct().forEach(note -> ILog.of(RecurrenceWatch.class).warn(note));
            if (started.containsKey(register)) {
                if (!replace) {
                    known.getOrDefault(register, Map.of()).forEach(found::putIfAbsent);
                }
                known.put(register, Map.copyOf(found));
                register.recheck();
                Display.getDefault().asyncExec(this::fire);
            }
            return Status.OK_STATUS;
        } catch (IOException e) {
            ILog.of(RecurrenceWatch.class).warn(e.getMessage(), e);
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    /**
     * Cancels the jobs of a register that was closed and waits for them a moment (at most
     * {@value #CLOSING_WAIT_MILLIS} ms): an index being written is finished before the file's folder
     * may go (a project deleted, say).
     */
    private void finish(OpenRegister register) {
        Object family = families.remove(register);
        if (family == null) {
            return;
        }
        Job.getJobManager().cancel(family);
        long end = System.currentTimeMillis() + CLOSING_WAIT_MILLIS;
        try {
            for (Job job : Job.getJobManager().find(family)) {
                long left = end - System.currentTimeMillis();
                if (left <= 0 || !job.join(left, null)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
