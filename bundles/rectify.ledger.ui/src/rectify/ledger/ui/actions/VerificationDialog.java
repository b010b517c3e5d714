package rectify.ledger.ui.actions;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import rectify.ledger.ui.Messages;
import rectify.ledger.workflow.Workflow;
import rectify.ledger.workflow.WorkflowException;
import rectify.model.Measure;
import rectify.model.Person;
import rectify.model.VerificationResult;
import rectify.model.edit.Labels;

/** The verification of a done measure: date, verifier, result and remarks; closes or reopens it. */
final class VerificationDialog extends CommandDialog {

    private final EditingDomain domain;
    private final List<Person> people;
    private Text date;
    private Combo verifier;
    private Combo result;
    private Text remarks;

    VerificationDialog(Shell shell, EditingDomain domain, Measure measure, List<Person> people) {
        super(shell, Messages.verifyTitle, measure);
        this.domain = domain;
        this.people = people;
    }

    @Override
    void createFields(Composite grid) {
        date = text(grid, Messages.fieldVerificationDate, LocalDate.now().toString());
        verifier = people(grid, Messages.fieldVerifier, people, null);
        new Label(grid, SWT.NONE).setText(Messages.fieldResult);
        result = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (VerificationResult value : VerificationResult.VALUES) {
            result.add(Labels.literal(value));
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(result);
        remarks = lines(grid, Messages.fieldRemarks);
        Label hint = new Label(grid, SWT.WRAP);
        hint.setText(Messages.verifyHint);
        GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(hint);
    }

    @Override
    Command makeCommand() throws WorkflowException {
        int chosen = result.getSelectionIndex();
        return Workflow.verify(domain, measure(), date(date), chosen(verifier, people),
                chosen < 0 ? null : VerificationResult.VALUES.get(chosen), remarks.getText());
    }
}
