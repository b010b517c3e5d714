package rectify.ledger.ui.actions;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import rectify.ledger.LedgerLabels;
import rectify.ledger.ui.Dates;
import rectify.ledger.workflow.WorkflowException;
import rectify.model.Measure;
import rectify.model.Person;

/**
 * A dialog that makes one workflow command for a measure. OK makes the command; when the rules
 * refuse it, or a date or a file is wrong, the dialog says why and stays open.
 */
abstract class CommandDialog extends TitleAreaDialog {

    private final String title;
    private final Measure measure;
    private Command command;

    CommandDialog(Shell shell, String title, Measure measure) {
        super(shell);
        this.title = title;
        this.measure = measure;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** @return the command made on OK, or null */
    Command command() {
        return command;
    }

    /** @return the measure */
    Measure measure() {
        return measure;
    }

    /** Adds the dialog's fields to a two-column grid. */
    abstract void createFields(Composite grid);

    /** @return the command of the fields */
    abstract Command makeCommand() throws WorkflowException, IOException;

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(title);
        setTitle(title);
        setMessage(LedgerLabels.measure(measure));
        Composite grid = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        createFields(grid);
        return area;
    }

    @Override
    protected void okPressed() {
        try {
            command = makeCommand();
        } catch (WorkflowException | IOException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** @return a label and a one-line text */
    static Text text(Composite grid, String label, String value) {
        new Label(grid, SWT.NONE).setText(label);
        Text text = new Text(grid, SWT.BORDER | SWT.SINGLE);
        text.setText(value == null ? "" : value); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** @return a label and a text of several lines */
    static Text lines(Composite grid, String label) {
        Label caption = new Label(grid, SWT.NONE);
        caption.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(caption);
        Text text = new Text(grid, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 80).applyTo(text);
        return text;
    }

    /** @return a label and a list of the register's people, none chosen or the one named */
    static Combo people(Composite grid, String label, List<Person> people, String chosen) {
        new Label(grid, SWT.NONE).setText(label);
        Combo combo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setVisibleItemCount(20);
        for (Person person : people) {
            combo.add(person.getName() == null ? "" : person.getName()); //$NON-NLS-1$
            if (chosen != null && !chosen.isBlank() && chosen.strip().equals(person.getName())) {
                combo.select(combo.getItemCount() - 1);
            }
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    /** @return the person chosen, or null */
    static Person chosen(Combo combo, List<Person> people) {
        int index = combo.getSelectionIndex();
        return index < 0 ? null : people.get(index);
    }

    /** @return the date typed, or null when blank */
    static LocalDate date(Text text) {
        return Dates.parse(text.getText());
    }
}
