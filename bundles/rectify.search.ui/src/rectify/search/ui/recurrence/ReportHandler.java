package rectify.search.ui.recurrence;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.core.io.FileNames;
import rectify.ledger.export.ExportException;
import rectify.model.Record;
import rectify.search.QueryException;
import rectify.search.RecurrenceReport;
import rectify.search.Recurrences;
import rectify.search.SearchScope;
import rectify.search.ui.Messages;
import rectify.ui.editors.RecordEditors;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * 往年重复问题报告: the problems of the selected record (or of the selected element's record) found
 * in earlier years, compared anew and written as an .xlsx workbook the user names.
 */
public final class ReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Record record = recordOf(HandlerUtil.getCurrentSelection(event));
        OpenRegister register = record == null ? null : OpenRegisters.get().of(record).orElse(null);
        if (register == null) {
            MessageDialog.openInformation(shell, Messages.reportTitle, Messages.reportChooseRecord);
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.reportTitle);
        dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
        dialog.setFileName(
                FileNames.fit(record.getTitle() + Messages.reportFileSuffix + ".xlsx", FileNames.MAX_NAME_BYTES)); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        Path registerFile = register.file();
        String recordId = register.register().eResource().getURIFragment(record);
        Display display = shell.getDisplay();
        Job job = Job.create(Messages.reportTitle, monitor -> {
            try {
                Recurrences.Result result = Recurrences.of(SearchScope.of(registerFile.getParent()).and(registerFile),
                        recordId);
                display.syncExec(() -> {
                    try {
                        RecurrenceReport.write(record, result, file);
                    } catch (ExportException e) {
                        MessageDialog.openError(shell, Messages.reportTitle, e.getMessage());
                    }
                });
            } catch (QueryException e) {
                display.asyncExec(
                        () -> MessageDialog.openInformation(shell, Messages.reportTitle, Messages.reportSaveFirst));
            } catch (java.io.IOException e) {
                display.asyncExec(() -> MessageDialog.openError(shell, Messages.reportTitle,
                        NLS.bind(Messages.reportFailed, FileNames.reason(e))));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    /** @return the record selected, or the record of the element selected */
    static Record recordOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            EObject element = Adapters.adapt(structured.getFirstElement(), EObject.class);
            return element == null ? null : RecordEditors.recordOf(element);
        }
        return null;
    }
}
