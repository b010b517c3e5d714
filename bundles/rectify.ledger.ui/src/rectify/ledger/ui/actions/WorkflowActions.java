package rectify.ledger.ui.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;

import rectify.ledger.LedgerRow;
import rectify.ledger.ui.Messages;
import rectify.ledger.workflow.Workflow;
import rectify.ledger.workflow.WorkflowException;
import rectify.model.MeasureStatus;
import rectify.model.Person;
import rectify.model.Register;

/**
 * The workflow's steps on the selected measure, for the ledger's context menu: add progress,
 * start, mark as done, verify (closes or reopens), send back, change the deadline, open the record.
 * Each step is one command on the register's command stack; refusals are shown as the rules word
 * them.
 */
public final class WorkflowActions {

    private final LedgerContext context;

    /** @param context the view */
    public WorkflowActions(LedgerContext context) {
        this.context = context;
    }

    /** Fills the context menu for the selected measure; steps the workflow does not allow are disabled. */
    public void fill(IMenuManager menu) {
        LedgerRow row = context.selectedRow();
        MeasureStatus status = row == null ? null : row.status();
        Set<MeasureStatus> next = row == null ? Set.of() : Workflow.nextStatuses(row.measure());
        menu.add(action(Messages.actionProgress, row != null && status != MeasureStatus.CLOSED, () -> progress(row)));
        menu.add(new Separator());
        menu.add(action(Messages.actionStart, status == MeasureStatus.PLANNED,
                () -> run(row, () -> Workflow.start(context.domainOf(row), row.measure()))));
        menu.add(action(Messages.actionComplete, status == MeasureStatus.IN_PROGRESS,
                () -> run(row, () -> Workflow.complete(context.domainOf(row), row.measure()))));
        menu.add(action(Messages.actionVerify, next.contains(MeasureStatus.CLOSED), () -> verify(row)));
        menu.add(action(Messages.actionReopen, status == MeasureStatus.DONE,
                () -> run(row, () -> Workflow.reopen(context.domainOf(row), row.measure()))));
        menu.add(action(Messages.actionDeadline, row != null && status != MeasureStatus.CLOSED,
                () -> changeDeadline(row, null)));
        menu.add(new Separator());
        menu.add(action(Messages.actionOpen, row != null, () -> context.open(row)));
    }

    /** Asks for the progress entry of a measure and adds it. */
    public void progress(LedgerRow row) {
        dialog(row, new ProgressDialog(context.shell(), context.domainOf(row), row.measure(), people(row),
                context.folderOf(row)));
    }

    /** Asks for the verification of a done measure and closes or reopens it. */
    public void verify(LedgerRow row) {
        dialog(row, new VerificationDialog(context.shell(), context.domainOf(row), row.measure(), people(row)));
    }

    /**
     * Asks for the reason of a deadline change and changes it.
     *
     * @param proposed the new deadline to propose, e.g. typed in the cell; or null
     */
    public void changeDeadline(LedgerRow row, LocalDate proposed) {
        dialog(row, new DeadlineDialog(context.shell(), context.domainOf(row), row.measure(), proposed));
    }

    /** A workflow step that makes a command without asking. */
    @FunctionalInterface
    public interface Step {
        /** @return the command of the step */
        Command command() throws WorkflowException;
    }

    /** Runs a step on a row, or says why the rules refuse it. */
    public void run(LedgerRow row, Step step) {
        try {
            context.execute(row, step.command());
        } catch (WorkflowException e) {
            MessageDialog.openError(context.shell(), Messages.refusedTitle, e.getMessage());
        }
    }

    private void dialog(LedgerRow row, CommandDialog dialog) {
        if (dialog.open() == Window.OK && dialog.command() != null) {
            context.execute(row, dialog.command());
        }
    }

    private static List<Person> people(LedgerRow row) {
        return EcoreUtil.getRootContainer(row.measure()) instanceof Register register
                ? List.copyOf(register.getPeople())
                : List.of();
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }
}
