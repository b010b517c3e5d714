package rectify.ledger.ui.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import rectify.ledger.evidence.EvidenceFiles;
import rectify.ledger.ui.Messages;
import rectify.ledger.workflow.Workflow;
import rectify.ledger.workflow.WorkflowException;
import rectify.model.AttachedDocument;
import rectify.model.Measure;
import rectify.model.Person;
import rectify.ui.preferences.RectifyPreferences;

/**
 * A progress entry: date, author (the preferences' default author when the register has that
 * person), what was done, and evidence files, kept by reference with their SHA-256.
 */
final class ProgressDialog extends CommandDialog {

    private final EditingDomain domain;
    private final List<Person> people;
    private final Path registerFolder;
    private final List<Path> files = new ArrayList<>();
    private Text date;
    private Combo author;
    private Text text;
    private org.eclipse.swt.widgets.List evidence;

    ProgressDialog(Shell shell, EditingDomain domain, Measure measure, List<Person> people, Path registerFolder) {
        super(shell, Messages.progressTitle, measure);
        this.domain = domain;
        this.people = people;
        this.registerFolder = registerFolder;
    }

    @Override
    void createFields(Composite grid) {
        date = text(grid, Messages.fieldDate, LocalDate.now().toString());
        author = people(grid, Messages.fieldAuthor, people, RectifyPreferences.author());
        text = lines(grid, Messages.fieldProgress);
        Label caption = new Label(grid, SWT.NONE);
        caption.setText(Messages.fieldEvidence);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(caption);
        Composite column = new Composite(grid, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(column);
        GridLayoutFactory.fillDefaults().applyTo(column);
        evidence = new org.eclipse.swt.widgets.List(column, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, 60).applyTo(evidence);
        Composite buttons = new Composite(column, SWT.NONE);
        RowLayoutFactory.fillDefaults().applyTo(buttons);
        button(buttons, Messages.addFiles, this::addFiles);
        button(buttons, Messages.removeFiles, this::removeFiles);
        text.setFocus();
    }

    @Override
    Command makeCommand() throws WorkflowException, IOException {
        List<AttachedDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(EvidenceFiles.attach(file, registerFolder));
        }
        return Workflow.addProgress(domain, measure(), date(date), chosen(author, people), text.getText(), documents);
    }

    private void addFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                Path file = Path.of(dialog.getFilterPath(), name);
                if (!files.contains(file)) {
                    files.add(file);
                    evidence.add(file.toString());
                }
            }
        }
    }

    private void removeFiles() {
        int[] selected = evidence.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            files.remove(selected[i]);
            evidence.remove(selected[i]);
        }
    }

    private static void button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> action.run()));
    }
}
