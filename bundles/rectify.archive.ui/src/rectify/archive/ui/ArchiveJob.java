package rectify.archive.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import rectify.archive.ArchiveException;
import rectify.archive.ArchiveFormat;
import rectify.archive.ArchiveOptions;
import rectify.archive.ArchiveResult;
import rectify.archive.FontFile;
import rectify.archive.FontRole;
import rectify.archive.PdfaPart;
import rectify.archive.RecordArchiver;
import rectify.model.Record;
import rectify.ui.preferences.RectifyPreferences;

/**
 * Archives records in the background with a progress bar, using the fonts set in the
 * preferences; then shows what went wrong and what the archives warn about, if anything, and
 * opens the archive (or, for several, their folder) with the system's viewer when asked to.
 */
final class ArchiveJob extends Job {

    private static final String BUNDLE = "rectify.archive.ui";

    private final List<Record> records;
    private final List<Path> files;
    private final PdfaPart part;
    private final ArchiveFormat format;
    private final boolean open;

    ArchiveJob(List<Record> records, List<Path> files, PdfaPart part, ArchiveFormat format, boolean open) {
        super(NLS.bind(Messages.jobName, records.size()));
        this.records = List.copyOf(records);
        this.files = List.copyOf(files);
        this.part = part;
        this.format = format;
        this.open = open;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, records.size() + 1);
        List<IStatus> remarks = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try (RecordArchiver archiver = new RecordArchiver(options(part))) {
            progress.split(1);
            for (int i = 0; i < records.size(); i++) {
                try {
                    Files.createDirectories(files.get(i).toAbsolutePath().getParent());
                    ArchiveResult result = archiver.archive(records.get(i), files.get(i), format, progress.split(1));
                    written.add(result.file());
                    result.warnings().forEach(warning -> remarks.add(Status.warning(result.file() + ": " + warning)));
                } catch (ArchiveException e) {
                    remarks.add(Status.error(e.getMessage(), e));
                } catch (IOException e) {
                    remarks.add(Status.error(NLS.bind(Messages.noFolder, files.get(i).getParent(), e), e));
                }
            }
        } catch (ArchiveException e) {
            remarks.add(Status.error(e.getMessage(), e));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        Display.getDefault().asyncExec(() -> finish(written, remarks));
        return Status.OK_STATUS;
    }

    /** The user's fonts and warning thresholds from the preferences. */
    private static ArchiveOptions options(PdfaPart part) {
        ArchiveOptions options = ArchiveOptions.defaults().withPart(part)
                .withThresholds(RectifyPreferences.thresholds());
        for (Map.Entry<FontRole, Path> font : ArchiveFonts.chosen().entrySet()) {
            options = options.withFont(font.getKey(), FontFile.of(font.getValue()));
        }
        return options;
    }

    private void finish(List<Path> written, List<IStatus> remarks) {
        Shell shell = Display.getDefault().getActiveShell();
        if (!remarks.isEmpty()) {
            MultiStatus status = new MultiStatus(BUNDLE, 0, remarks.toArray(IStatus[]::new),
                    NLS.bind(Messages.summary, written.size(), records.size()), null);
            ErrorDialog.openError(shell,
                    written.size() == records.size() ? Messages.remarksTitle : Messages.failedTitle,
                    null, status);
        }
        if (written.isEmpty() || !open) {
            return;
        }
        Path shown = written.size() == 1 ? written.get(0) : written.get(0).getParent();
        if (!Program.launch(shown.toString())) {
            MessageDialog.openInformation(shell, Messages.dialogTitle, NLS.bind(Messages.written, shown));
        }
    }
}
