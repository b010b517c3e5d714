package rectify.documents.ui;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;

import rectify.documents.DocumentException;
import rectify.documents.DocumentKind;
import rectify.documents.WordDocuments;
import rectify.model.Record;
import rectify.ui.preferences.RectifyPreferences;

/**
 * Writes a document in the background with a progress bar, from the templates and thresholds of
 * the preferences; then says what went wrong, if anything, or opens the document with the system's
 * application for Word documents when asked to.
 */
final class ExportJob extends Job {

    private final Record record;
    private final DocumentKind kind;
    private final Path file;
    private final boolean open;

    ExportJob(Record record, DocumentKind kind, Path file, boolean open) {
        super(NLS.bind(Messages.jobName, kind.label(), record.getTitle()));
        this.record = record;
        this.kind = kind;
        this.file = file;
        this.open = open;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            new WordDocuments(WordTemplates.chosen(), RectifyPreferences.thresholds()).write(record, kind, file,
                    LocalDate.now(),
                    monitor);
        } catch (DocumentException e) {
            IStatus failure = Status.error(e.getMessage(), e);
            Display.getDefault().asyncExec(() -> ErrorDialog.openError(Display.getDefault().getActiveShell(),
                    Messages.failedTitle, null, failure));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        if (open) {
            Display.getDefault().asyncExec(() -> {
                if (!Program.launch(file.toString())) {
                    MessageDialog.openInformation(Display.getDefault().getActiveShell(), Messages.dialogTitle,
                            NLS.bind(Messages.written, file));
                }
            });
        }
        return Status.OK_STATUS;
    }
}
