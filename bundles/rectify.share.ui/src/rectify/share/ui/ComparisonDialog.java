package rectify.share.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import rectify.core.merge.ModelDiff;
import rectify.share.Comparison;
import rectify.share.History;
import rectify.share.Wording;

/**
 * The model-level comparison of two versions of a shared register (比较版本): each change as the
 * workbench names it (整改措施 2.1：整改状态 推进中 → 已完成), never the text of the files.
 */
final class ComparisonDialog extends TitleAreaDialog {

    private final String message;
    private final List<HistoryView.Row> rows;

    private ComparisonDialog(Shell shell, String message, List<HistoryView.Row> rows) {
        super(shell);
        this.message = message;
        this.rows = rows;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Compares two versions and shows the differences; tells the user when they cannot be read. */
    static void open(Shell shell, Path folder, String older, String newer) {
        List<ModelDiff.Change> changes;
        Map<String, EObject> names;
        try {
            changes = Comparison.between(folder, older, newer);
            names = History.names(folder);
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.compareTitle, e.getMessage());
            return;
        }
        Wording wording = new Wording(Locale.getDefault(), names::get);
        List<HistoryView.Row> rows = changes.stream()
                .map(change -> HistoryView.row(new History.Entry(null, null, null, "", change), wording)).toList(); //$NON-NLS-1$
        String message = changes.isEmpty() ? Messages.compareNone
                : NLS.bind(Messages.compareMessage, abbreviate(older), abbreviate(newer));
        new ComparisonDialog(shell, message, rows).open();
    }

    private static String abbreviate(String commit) {
        String parent = commit.endsWith("^") ? "^" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        String id = commit.substring(0, commit.length() - parent.length());
        return (id.length() > 10 ? id.substring(0, 10) : id) + parent;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.compareTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.compareTitle);
        setMessage(message);
        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 300).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        TableViewer viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        HistoryView.column(viewer, layout, Messages.historyElement, 3, HistoryView.Row::element);
        HistoryView.column(viewer, layout, Messages.historyField, 2, HistoryView.Row::field);
        HistoryView.column(viewer, layout, Messages.historyFrom, 3, HistoryView.Row::from);
        HistoryView.column(viewer, layout, Messages.historyTo, 3, HistoryView.Row::to);
        viewer.setInput(rows);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
