package rectify.ui.registers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import rectify.core.merge.ThreeWayMerge.Side;

/**
 * The conflicts of a merge, each with both values, and which to take: mine (this window, this
 * computer) or theirs (the file on disk, the server, the hand-over file). Every conflict starts on
 * mine; "take" can be changed row by row or for all. Used when a register changed on disk is merged
 * and when a shared register is synchronised.
 */
public final class ConflictDialog extends TitleAreaDialog {

    /**
     * One conflict as a person reads it.
     *
     * @param element the element, e.g. 整改措施 2.1
     * @param field what both changed, e.g. 整改状态, or how (removed here, changed there)
     * @param mine my value
     * @param theirs their value
     */
    public record Row(String element, String field, String mine, String theirs) {
    }

    private static final int ALL_MINE = IDialogConstants.CLIENT_ID + 1;
    private static final int ALL_THEIRS = IDialogConstants.CLIENT_ID + 2;

    private final String title;
    private final String message;
    private final List<Row> rows;
    private final Side[] choices;
    private TableViewer viewer;

    private ConflictDialog(Shell shell, String title, String message, List<Row> rows) {
        super(shell);
        this.title = title;
        this.message = message;
        this.rows = List.copyOf(rows);
        this.choices = new Side[rows.size()];
        Arrays.fill(choices, Side.MINE);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /**
     * Asks which side each conflict takes.
     *
     * @param shell the parent
     * @param source where their side comes from, e.g. the file's or the server's name
     * @param rows the conflicts
     * @return the side of each conflict, in order; {@code null} when the user cancelled
     */
    public static List<Side> choose(Shell shell, String source, List<Row> rows) {
        ConflictDialog dialog = new ConflictDialog(shell, Messages.conflictTitle,
                NLS.bind(Messages.conflictMessage, rows.size(), source), rows);
        return dialog.open() == OK ? List.of(dialog.choices) : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(820, 280).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.conflictElement, 3, Row::element);
        column(layout, Messages.conflictField, 2, Row::field);
        column(layout, Messages.conflictMine, 3, Row::mine);
        column(layout, Messages.conflictTheirs, 3, Row::theirs);
        TableViewerColumn take = new TableViewerColumn(viewer, SWT.LEFT);
        take.getColumn().setText(Messages.conflictTake);
        layout.setColumnData(take.getColumn(), new ColumnWeightData(1, 70));
        take.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return choices[rows.indexOf(element)] == Side.MINE ? Messages.takeMine : Messages.takeTheirs;
            }
        });
        take.setEditingSupport(new EditingSupport(viewer) {
            private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(),
                    new String[] { Messages.takeMine, Messages.takeTheirs }, SWT.READ_ONLY);

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return choices[rows.indexOf(element)].ordinal();
            }

            @Override
            protected void setValue(Object element, Object value) {
                choices[rows.indexOf(element)] = Side.values()[(Integer) value];
                viewer.update(element, null);
            }
        });
        viewer.setInput(new ArrayList<>(rows));
        return area;
    }

    private void column(TableColumnLayout layout, String header, int weight,
            java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, ALL_MINE, Messages.allMine, false);
        createButton(parent, ALL_THEIRS, Messages.allTheirs, false);
        createButton(parent, IDialogConstants.OK_ID, Messages.mergeChosen, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == ALL_MINE || buttonId == ALL_THEIRS) {
            Arrays.fill(choices, buttonId == ALL_MINE ? Side.MINE : Side.THEIRS);
            viewer.refresh();
            return;
        }
        super.buttonPressed(buttonId);
    }

    /**
     * @param kind a kind of conflict other than a value changed both ways
     * @return how it is said in the dialog's column of what changed
     */
    public static String describe(rectify.core.merge.ThreeWayMerge.Conflict.Kind kind) {
        return switch (kind) {
            case REMOVED_BY_MINE -> Messages.removedByMine;
            case REMOVED_BY_THEIRS -> Messages.removedByTheirs;
            case MOVED -> Messages.movedBoth;
            case VALUE -> ""; //$NON-NLS-1$
        };
    }

    /** Takes a side for every conflict, as the buttons do (for tests and scripts of the workbench). */
    void takeAll(Side side) {
        buttonPressed(side == Side.MINE ? ALL_MINE : ALL_THEIRS);
    }
}
