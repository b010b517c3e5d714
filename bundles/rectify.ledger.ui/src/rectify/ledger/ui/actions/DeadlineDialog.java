package rectify.ledger.ui.actions;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import rectify.ledger.ui.Messages;
import rectify.ledger.workflow.Workflow;
import rectify.ledger.workflow.WorkflowException;
import rectify.model.Measure;

/** A change of a measure's deadline, with the reason the history keeps. */
final class DeadlineDialog extends CommandDialog {

    private final EditingDomain domain;
    private final LocalDate proposed;
    private Text deadline;
    private Text reason;

    /** @param proposed the new deadline to start from, e.g. the one typed in the cell; or null */
    DeadlineDialog(Shell shell, EditingDomain domain, Measure measure, LocalDate proposed) {
        super(shell, Messages.deadlineTitle, measure);
        this.domain = domain;
        this.proposed = proposed;
    }

    @Override
    void createFields(Composite grid) {
        LocalDate current = measure().getDeadline();
        text(grid, Messages.fieldCurrentDeadline, current == null ? Messages.none : current.toString())
                .setEditable(false);
        LocalDate start = proposed != null ? proposed : current;
        deadline = text(grid, Messages.fieldNewDeadline, start == null ? "" : start.toString()); //$NON-NLS-1$
        reason = lines(grid, Messages.fieldReason);
        reason.setFocus();
    }

    @Override
    Command makeCommand() throws WorkflowException {
        return Workflow.changeDeadline(domain, measure(), date(deadline), reason.getText(), LocalDate.now());
    }
}
