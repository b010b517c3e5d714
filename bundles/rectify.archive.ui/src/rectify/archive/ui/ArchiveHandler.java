package rectify.archive.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import rectify.model.Record;

/** Archives the selected records: asks where and how, then starts an {@link ArchiveJob}. */
public final class ArchiveHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<Record> records = new ArrayList<>();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object element : selection) {
                if (element instanceof Record record) {
                    records.add(record);
                }
            }
        }
        if (records.isEmpty()) {
            return null;
        }
        ArchiveDialog dialog = new ArchiveDialog(HandlerUtil.getActiveShell(event), records);
        if (dialog.open() == Window.OK) {
            new ArchiveJob(records, dialog.files(), dialog.part(), dialog.format(), dialog.openWhenDone()).schedule();
        }
        return null;
    }
}
