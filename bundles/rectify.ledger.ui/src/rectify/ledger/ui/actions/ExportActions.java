package rectify.ledger.ui.actions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import rectify.ledger.Ledger;
import rectify.ledger.LedgerRow;
import rectify.ledger.Table;
import rectify.ledger.export.CsvExport;
import rectify.ledger.export.ExportException;
import rectify.ledger.export.XlsxExport;
import rectify.ledger.lists.ProblemList;
import rectify.ledger.lists.ResponsibilityList;
import rectify.ledger.lists.TaskList;
import rectify.ledger.ui.Messages;

/**
 * Exports of what the ledger shows: a workbook (.xlsx) of the ledger and the three lists, or the
 * table in front as CSV. The file is chosen in a save dialog, which asks before replacing one.
 */
public final class ExportActions {

    private ExportActions() {
    }

    /** @return the action that exports the ledger and the three lists of the rows shown to .xlsx */
    public static Action workbook(LedgerContext context) {
        return action(Messages.exportXlsx, () -> {
            Path file = choose(context, "*.xlsx"); //$NON-NLS-1$
            if (file != null) {
                List<LedgerRow> rows = context.shownRows();
                export(context, file, () -> XlsxExport.write(List.of(Ledger.table(rows), ProblemList.table(rows),
                        TaskList.table(rows), ResponsibilityList.table(rows)), file));
            }
        });
    }

    /** @return the action that exports the table in front to CSV */
    public static Action csv(LedgerContext context) {
        return action(Messages.exportCsv, () -> {
            Path file = choose(context, "*.csv"); //$NON-NLS-1$
            if (file != null) {
                Table<?> table = context.frontTable();
                export(context, file, () -> CsvExport.write(table, file));
            }
        });
    }

    /** An export that writes a file. */
    @FunctionalInterface
    private interface Export {
        void run() throws ExportException;
    }

    private static void export(LedgerContext context, Path file, Export export) {
        ExportException[] failure = new ExportException[1];
        BusyIndicator.showWhile(context.shell().getDisplay(), () -> {
            try {
                export.run();
            } catch (ExportException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(context.shell(), Messages.exportFailedTitle, failure[0].getMessage());
        } else {
            context.tell(NLS.bind(Messages.exported, file));
        }
    }

    private static Path choose(LedgerContext context, String extension) {
        FileDialog dialog = new FileDialog(context.shell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName(NLS.bind(Messages.exportName, LocalDate.now()) + extension.substring(1));
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    private static Action action(String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text);
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        return action;
    }
}
