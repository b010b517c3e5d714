package rectify.ledger.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import rectify.ledger.LedgerLabels;
import rectify.ledger.internal.Messages;
import rectify.model.AttachedDocument;
import rectify.model.DeadlineChange;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Person;
import rectify.model.ProgressEntry;
import rectify.model.Record;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Verification;
import rectify.model.VerificationResult;
import rectify.model.edit.Labels;

/**
 * The commands of a measure's workflow: planned → in progress → done → closed. A done measure is
 * closed (销号) only by a verification with a verifier, a date and a result; "not effective" reopens
 * it (in progress), keeping that verification among its earlier ones. A deadline changes only with a
 * reason, and the change is kept in the measure's history. Each method checks its rules and returns
 * one command for the register's command stack, or throws a {@link WorkflowException}; nothing is
 * changed until the command is executed.
 */
public final class Workflow {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    private Workflow() {
    }

    /** @return a command moving a planned measure to in progress */
    public static Command start(EditingDomain domain, Measure measure) throws WorkflowException {
        require(measure, Messages.commandStart, MeasureStatus.PLANNED);
        return compound(Messages.commandStart, status(domain, measure, MeasureStatus.IN_PROGRESS));
    }

    /** @return a command marking a measure in progress done; it needs a progress entry */
    public static Command complete(EditingDomain domain, Measure measure) throws WorkflowException {
        require(measure, Messages.commandComplete, MeasureStatus.IN_PROGRESS);
        if (measure.getProgress().isEmpty()) {
            throw refusal(Messages.doneNeedsProgress, measure);
        }
        return compound(Messages.commandComplete, status(domain, measure, MeasureStatus.DONE));
    }

    /** @return a command sending a done measure back to in progress, before any verification */
    public static Command reopen(EditingDomain domain, Measure measure) throws WorkflowException {
        require(measure, Messages.commandReopen, MeasureStatus.DONE);
        return compound(Messages.commandReopen, status(domain, measure, MeasureStatus.IN_PROGRESS));
    }

    /**
     * Verifies a done measure: effective or partly effective closes it (销号) with the verification;
     * not effective reopens it (in progress) and keeps the verification among the earlier ones.
     *
     * @param date the date of the check
     * @param verifier who checked
     * @param result how effective the measure was found
     * @param remarks the verifier's remarks, or null
     * @return the command
     * @throws WorkflowException when the measure is not done or the verifier, date or result is missing
     */
    public static Command verify(EditingDomain domain, Measure measure, LocalDate date, Person verifier,
            VerificationResult result, String remarks) throws WorkflowException {
        List<String> missing = new ArrayList<>();
        if (verifier == null) {
            missing.add(Messages.partVerifier);
        }
        if (date == null) {
            missing.add(Messages.partDate);
        }
        if (result == null) {
            missing.add(Messages.partResult);
        }
        if (!missing.isEmpty()) {
            throw refusal(Messages.verificationIncomplete, measure, String.join(Messages.listSeparator, missing));
        }
        boolean effective = result != VerificationResult.NOT_EFFECTIVE;
        String label = effective ? Messages.commandClose : Messages.commandNotEffective;
        require(measure, label, MeasureStatus.DONE);
        Verification verification = MODEL.createVerification();
        verification.setDate(date);
        verification.setVerifier(verifier);
        verification.setResult(result);
        verification.setRemarks(blankToNull(remarks));
        // Sub-commands are prepared before any runs: each must hold on the register as it is now.
        // A verification the measure has already (set by hand or by an import) is never dropped: it
        // moves to the earlier ones after the set has taken it out.
        List<Command> commands = new ArrayList<>();
        Verification previous = measure.getVerification();
        if (effective || previous != null) {
            commands.add(SetCommand.create(domain, measure, Literals.MEASURE__VERIFICATION,
                    effective ? verification : null));
        }
        if (previous != null) {
            commands.add(AddCommand.create(domain, measure, Literals.MEASURE__EARLIER_VERIFICATIONS, previous));
        }
        if (!effective) {
            commands.add(AddCommand.create(domain, measure, Literals.MEASURE__EARLIER_VERIFICATIONS, verification));
        }
        commands.add(status(domain, measure, effective ? MeasureStatus.CLOSED : MeasureStatus.IN_PROGRESS));
        return compound(label, commands.toArray(Command[]::new));
    }

    /**
     * Changes the deadline of a measure that is not closed, keeping the change with its reason in
     * the measure's history.
     *
     * @param deadline the new deadline
     * @param reason why it changes
     * @param on the day of the change
     * @return the command
     * @throws WorkflowException when the measure is closed, the deadline is missing or the same, or
     *         the reason is blank
     */
    public static Command changeDeadline(EditingDomain domain, Measure measure, LocalDate deadline, String reason,
            LocalDate on) throws WorkflowException {
        notClosed(measure, Messages.commandDeadline);
        if (deadline == null) {
            throw refusal(Messages.deadlineMissing, measure);
        }
        if (deadline.equals(measure.getDeadline())) {
            throw refusal(Messages.deadlineUnchanged, measure, deadline);
        }
        if (reason == null || reason.isBlank()) {
            throw refusal(Messages.deadlineNeedsReason, measure);
        }
        DeadlineChange change = MODEL.createDeadlineChange();
        change.setDate(on);
        change.setPreviousDeadline(measure.getDeadline());
        change.setNewDeadline(deadline);
        change.setReason(reason.strip());
        return compound(Messages.commandDeadline,
                AddCommand.create(domain, measure, Literals.MEASURE__DEADLINE_CHANGES, change),
                SetCommand.create(domain, measure, Literals.MEASURE__DEADLINE, deadline));
    }

    /**
     * Adds a progress entry to a measure that is not closed; a planned measure moves to in progress
     * with it. Evidence documents not yet filed (made by
     * {@link rectify.ledger.evidence.EvidenceFiles#attach}) are filed with the measure's record.
     *
     * @param date the date of the entry
     * @param author who reports, or null
     * @param text what was done
     * @param evidence the documents that prove it, filed or new
     * @return the command
     * @throws WorkflowException when the measure is closed, or the date or the text is missing
     */
    public static Command addProgress(EditingDomain domain, Measure measure, LocalDate date, Person author,
            String text, List<AttachedDocument> evidence) throws WorkflowException {
        notClosed(measure, Messages.commandProgress);
        if (date == null) {
            throw refusal(Messages.progressNeedsDate, measure);
        }
        if (text == null || text.isBlank()) {
            throw refusal(Messages.progressNeedsText, measure);
        }
        ProgressEntry entry = MODEL.createProgressEntry();
        entry.setDate(date);
        entry.setAuthor(author);
        entry.setText(text.strip());
        entry.getEvidence().addAll(evidence);
        List<Command> commands = new ArrayList<>();
        List<AttachedDocument> unfiled = evidence.stream().filter(document -> document.eContainer() == null).toList();
        if (!unfiled.isEmpty()) {
            Record record = recordOf(measure);
            commands.add(AddCommand.create(domain, record, Literals.RECORD__DOCUMENTS, unfiled));
        }
        commands.add(AddCommand.create(domain, measure, Literals.MEASURE__PROGRESS, entry));
        if (measure.getStatus() == MeasureStatus.PLANNED) {
            commands.add(status(domain, measure, MeasureStatus.IN_PROGRESS));
        }
        return compound(Messages.commandProgress, commands.toArray(Command[]::new));
    }

    /**
     * Moves a measure to a status as the ledger's status cell does: starts, completes or reopens it.
     *
     * @return the command
     * @throws WorkflowException when the workflow does not lead there directly; closing always
     *         needs {@link #verify}
     */
    public static Command moveTo(EditingDomain domain, Measure measure, MeasureStatus target) throws WorkflowException {
        MeasureStatus current = measure.getStatus();
        if (target == MeasureStatus.CLOSED && current == MeasureStatus.DONE) {
            throw refusal(Messages.closeNeedsVerification, measure);
        }
        if (!nextStatuses(measure).contains(target)) {
            throw refusal(Messages.cannotMoveTo, measure, Labels.literal(current), Labels.literal(target));
        }
        return target == MeasureStatus.DONE ? complete(domain, measure)
                : current == MeasureStatus.DONE ? reopen(domain, measure) : start(domain, measure);
    }

    /**
     * @return the statuses the measure can move to directly: in progress from planned or done,
     *         done from in progress, closed (through a verification) from done
     */
    public static Set<MeasureStatus> nextStatuses(Measure measure) {
        return switch (measure.getStatus()) {
            case PLANNED -> EnumSet.of(MeasureStatus.IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(MeasureStatus.DONE);
            case DONE -> EnumSet.of(MeasureStatus.IN_PROGRESS, MeasureStatus.CLOSED);
            case CLOSED -> EnumSet.noneOf(MeasureStatus.class);
        };
    }

    private static Record recordOf(Measure measure) {
        for (var container = measure.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Record record) {
                return record;
            }
        }
        throw new IllegalArgumentException("the measure is in no record: " + measure); //$NON-NLS-1$
    }

    private static void require(Measure measure, String change, MeasureStatus needed) throws WorkflowException {
        if (measure.getStatus() != needed) {
            throw refusal(Messages.statusRequired, measure, change, Labels.literal(measure.getStatus()),
                    Labels.literal(needed));
        }
    }

    private static void notClosed(Measure measure, String change) throws WorkflowException {
        if (measure.getStatus() == MeasureStatus.CLOSED) {
            throw refusal(Messages.closedMeasure, measure, change);
        }
    }

    private static Command status(EditingDomain domain, Measure measure, MeasureStatus status) {
        return SetCommand.create(domain, measure, Literals.MEASURE__STATUS, status);
    }

    private static Command compound(String label, Command... commands) {
        return new CompoundCommand(label, List.of(commands));
    }

    private static WorkflowException refusal(String pattern, Measure measure, Object... details) {
        Object[] bindings = new Object[details.length + 1];
        bindings[0] = LedgerLabels.measure(measure);
        System.arraycopy(details, 0, bindings, 1, details.length);
        return new WorkflowException(NLS.bind(pattern, bindings));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
