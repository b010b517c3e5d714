package rectify.documents.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.model.Record;

/** Exports a document of the selected record: asks which and where, then starts an {@link ExportJob}. */
public final class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Record record) {
            ExportDialog dialog = new ExportDialog(HandlerUtil.getActiveShell(event), record);
            if (dialog.open() == Window.OK) {
                new ExportJob(record, dialog.kind(), dialog.file(), dialog.openWhenDone()).schedule();
            }
        }
        return null;
    }
}
