package rectify.share.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress of a transfer shown in a job's progress, and the job's cancel passed on to it. */
final class JobMonitor implements ProgressMonitor {

    private final IProgressMonitor monitor;
    private int total;

    JobMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void start(int totalTasks) {
        // each task is told by its title
    }

    @Override
    public void beginTask(String title, int totalWork) {
        total = totalWork;
        monitor.subTask(title);
    }

    @Override
    public void update(int completed) {
        if (total > 0) {
            monitor.worked(0);
        }
    }

    @Override
    public void endTask() {
        total = 0;
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // the job shows its own time
    }
}
