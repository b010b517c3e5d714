package rectify.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.samples.Samples;
import rectify.ui.registers.OpenRegisters;

/**
 * The registers the product starts with: those named on the command line or, without any, the
 * sample register, copied once into the user's Rectify folder so that it can be edited. They are
 * read in the background after the window shows, with progress in the status line, and opened in
 * the workbench one by one as they are read.
 */
final class StartupRegisters extends Job {

    private final IWorkbench workbench;
    private final List<Path> files;

    private StartupRegisters(IWorkbench workbench, List<Path> files) {
        super(Messages.openingRegisters);
        this.workbench = workbench;
        this.files = files;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == OpenRegisters.OPENING;
    }

    /** Starts reading the registers to start with; returns at once. */
    static Job open(IWorkbench workbench) {
        List<Path> files = Arrays.stream(Platform.getApplicationArgs())
                .filter(arg -> arg.endsWith("." + RegisterFiles.EXTENSION))
                .map(Path::of)
                .toList();
        Job job = new StartupRegisters(workbench, files);
        job.schedule();
        return job;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<Path> toOpen = files;
        if (toOpen.isEmpty()) {
            try {
                toOpen = List.of(sampleCopy());
            } catch (IOException e) {
                failed(Path.of(Samples.SAMPLE_REGISTER), e.toString());
                return Status.OK_STATUS;
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, toOpen.size());
        for (Path file : toOpen) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(NLS.bind(Messages.openingRegister, file.getFileName()));
            try {
                OpenRegisters.Read read = OpenRegisters.get().read(file);
                inUi(() -> OpenRegisters.get().open(read));
            } catch (RegisterFileException e) {
                failed(file, e.getMessage());
            }
            progress.worked(1);
        }
        return Status.OK_STATUS;
    }

    private void failed(Path file, String message) {
        inUi(() -> MessageDialog.openError(workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getShell(), Messages.openFailed, message));
    }

    private void inUi(Runnable runnable) {
        Display display = workbench.getDisplay();
        if (!display.isDisposed()) {
            display.syncExec(() -> {
                if (!workbench.isClosing()) {
                    runnable.run();
                }
            });
        }
    }

    /** @return the user's copy of the sample register, made on first use */
    static Path sampleCopy() throws IOException {
        Path copy = Path.of(System.getProperty("user.home"), "Rectify",
                Path.of(Samples.SAMPLE_REGISTER).getFileName().toString());
        if (!Files.exists(copy)) {
            Files.createDirectories(copy.getParent());
            Samples.copySampleRegister(copy);
        }
        return copy;
    }
}
