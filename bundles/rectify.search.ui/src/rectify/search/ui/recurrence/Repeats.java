package rectify.search.ui.recurrence;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import rectify.model.Problem;
import rectify.model.RectifyPackage;
import rectify.search.EarlierProblem;
import rectify.search.ui.Messages;
import rectify.ui.registers.OpenRegister;

/** Confirming a problem as found again, and withdrawing that: commands of the register's undo history. */
public final class Repeats {

    private Repeats() {
    }

    /**
     * @param register the open register of a problem
     * @param earlier an earlier problem search found
     * @return the earlier problem in the register, or {@code null} when it is in another register
     *         file (a repeat is confirmed within one register)
     */
    public static Problem earlier(OpenRegister register, EarlierProblem earlier) {
        return register.file().equals(earlier.register().toAbsolutePath().normalize())
                && register.register().eResource().getEObject(earlier.problemId()) instanceof Problem problem ? problem
                        : null;
    }

    /**
     * @param domain the register's editing domain
     * @param problem a problem
     * @param earlier the earlier problem it repeats, or {@code null} to withdraw the confirmation
     * @return the command that confirms (or withdraws) the repeat
     */
    public static Command confirm(EditingDomain domain, Problem problem, Problem earlier) {
        SetCommand command = new SetCommand(domain, problem, RectifyPackage.Literals.PROBLEM__EARLIER_OCCURRENCE,
                earlier);
        command.setLabel(earlier == null ? Messages.commandWithdrawRepeat : Messages.commandConfirmRepeat);
        return command;
    }
}
