package rectify.share.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import rectify.core.io.RegisterFileException;
import rectify.core.merge.DiskChange;
import rectify.share.Integration;
import rectify.ui.registers.OpenRegister;

/**
 * A synchronisation or a hand-over of an open shared register, in the background with progress and
 * cancel: conflicts are decided by the user, then the open register shows the merged version (it
 * was saved before, so nothing of the window's is lost) and the navigator's marks are redrawn.
 */
class IntegrationJob extends Job {

    /** The work: a synchronisation or the application of a hand-over file. */
    @FunctionalInterface
    interface Work {
        Integration.Result run(IProgressMonitor monitor, Integration.Resolver resolver) throws IOException;
    }

    /** What to do with a failure (the user interface thread): tell it, or ask again. */
    @FunctionalInterface
    interface Failure {
        void failed(IOException e);
    }

    private final OpenRegister register;
    private final Path folder;
    private final String source;
    private final Work work;
    private final Failure failure;
    private final Display display;

    IntegrationJob(String name, OpenRegister register, String source, Work work, Failure failure) {
        super(name);
        this.register = register;
        this.folder = Shared.folder(register);
        this.source = source;
        this.work = work;
        this.failure = failure;
        this.display = Display.getCurrent();
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            Integration.Result result = work.run(monitor, ConflictRows.asking(display, folder, source));
            display.asyncExec(() -> done(result));
            return Status.OK_STATUS;
        } catch (IOException e) {
            display.asyncExec(() -> failure.failed(e));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** Shows the merged version in the open register, and tells what was done. */
    private void done(Integration.Result result) {
        ShareDecorator.conflicts(folder, result.merged() ? 0 : result.conflicts().size());
        if (!result.merged()) {
            MessageDialog.openInformation(display.getActiveShell(), getName(),
                    NLS.bind(Messages.conflictsLeft, result.conflicts().size()));
            return;
        }
        if (register.isChangedOnDisk()) {
            try {
                DiskChange change = register.readDiskChange();
                if (!register.isDirty()) {
                    register.reload(change);
                } else {
                    register.merge(change);
                }
            } catch (RegisterFileException e) {
                MessageDialog.openError(display.getActiveShell(), getName(), e.getMessage());
                return;
            }
        }
        StringBuilder message = new StringBuilder(NLS.bind(Messages.synced, source, result.changedRecords()));
        if (!result.broken().isEmpty()) {
            message.append("\n\n").append(Messages.brokenAfterMerge); //$NON-NLS-1$
            result.broken().stream().limit(20).map(Diagnostic::getMessage)
                    .forEach(line -> message.append("\n\u2022 ").append(line)); //$NON-NLS-1$
        }
        MessageDialog.openInformation(display.getActiveShell(), getName(), message.toString());
    }
}
