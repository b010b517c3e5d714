package rectify.ledger.ui.reminders;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import rectify.ledger.LedgerRow;
import rectify.ledger.evidence.EvidenceCheck;
import rectify.ledger.evidence.EvidenceProblem;
import rectify.ledger.ui.Messages;
import rectify.model.AttachedDocument;
import rectify.ui.registers.OpenRegister;

/**
 * The evidence files of the open registers, checked in the background when a register opens (and
 * when asked): the problems found, by document, for the ledger to flag. Listeners hear on the UI
 * thread when a check is done.
 */
public final class EvidenceWatch {

    private static final EvidenceWatch INSTANCE = new EvidenceWatch();

    private final Map<OpenRegister, Map<AttachedDocument, EvidenceProblem>> problems = new HashMap<>();
    private final ListenerList<Checked> listeners = new ListenerList<>();

    /** Told that the evidence of a register has been checked. */
    @FunctionalInterface
    public interface Checked {
        /** @param found the problems found, empty when every file matches */
        void checked(OpenRegister register, List<EvidenceProblem> found);
    }

    private EvidenceWatch() {
    }

    /** @return the workbench's watch */
    public static EvidenceWatch get() {
        return INSTANCE;
    }

    /**
     * Checks the evidence files of a register in a background job. The documents are collected
     * here, on the UI thread; only files are read in the background.
     *
     * @return the job, scheduled
     */
    public Job check(OpenRegister register) {
        List<AttachedDocument> documents = EvidenceCheck.documents(register.register());
        Path folder = register.file().toAbsolutePath().getParent();
        Display display = Display.getCurrent();
        Job job = Job.create(NLS.bind(Messages.evidenceJob, register.file().getFileName()), monitor -> {
            return run(register, documents, folder, display, monitor);
        });
        job.setPriority(Job.LONG);
        job.schedule();
        return job;
    }

    /** @return the messages of the problems with the evidence of a row's measure, as last checked */
    public List<String> of(OpenRegister register, LedgerRow row) {
        Map<AttachedDocument, EvidenceProblem> found = problems.get(register);
        if (found == null || found.isEmpty()) {
            return List.of();
        }
        return row.evidence().stream().map(found::get).filter(problem -> problem != null)
                .map(EvidenceProblem::message).toList();
    }

    /** Forgets a register that was closed. */
    public void forget(OpenRegister register) {
        problems.remove(register);
    }

    /** @param listener told on the UI thread after each check */
    public void addListener(Checked listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeListener(Checked listener) {
        listeners.remove(listener);
    }

    private IStatus run(OpenRegister register, List<AttachedDocument> documents, Path folder, Display display,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, documents.size());
        Map<AttachedDocument, EvidenceProblem> found = new HashMap<>();
        for (AttachedDocument document : documents) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            EvidenceProblem problem = EvidenceCheck.check(document, folder);
            if (problem != null) {
                found.put(document, problem);
            }
            progress.worked(1);
        }
        List<EvidenceProblem> list = documents.stream().map(found::get).filter(problem -> problem != null).toList();
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                problems.put(register, found);
                listeners.forEach(listener -> listener.checked(register, list));
            });
        }
        return Status.OK_STATUS;
    }
}
