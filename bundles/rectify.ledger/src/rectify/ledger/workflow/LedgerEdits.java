package rectify.ledger.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import rectify.ledger.LedgerColumn;
import rectify.ledger.internal.Messages;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.RectifyPackage.Literals;

/**
 * Edits in the ledger's cells, as commands: the headline, the responsible leader and unit directly,
 * the status through the {@link Workflow}. The deadline is editable too, but only through
 * {@link Workflow#changeDeadline}, which asks for a reason.
 */
public final class LedgerEdits {

    private static final Set<LedgerColumn> EDITABLE = EnumSet.of(LedgerColumn.MEASURE, LedgerColumn.LEADER,
            LedgerColumn.UNIT, LedgerColumn.DEADLINE, LedgerColumn.STATUS);

    private LedgerEdits() {
    }

    /** @return true for the columns whose cells can be edited */
    public static boolean isEditable(LedgerColumn column) {
        return EDITABLE.contains(column);
    }

    /**
     * @param column {@link LedgerColumn#MEASURE} (a String), {@link LedgerColumn#LEADER} (a
     *        {@link Person} or null), {@link LedgerColumn#UNIT} (an {@link OrgUnit} or null) or
     *        {@link LedgerColumn#STATUS} (a {@link MeasureStatus})
     * @param value the new value
     * @return the command that sets it
     * @throws WorkflowException when the workflow refuses the status
     * @throws IllegalArgumentException for the deadline, another column, or a value of the wrong type
     */
    public static Command set(EditingDomain domain, Measure measure, LedgerColumn column, Object value)
            throws WorkflowException {
        return switch (column) {
            case MEASURE ->
                edit(domain, measure, column, Literals.CHAIN_ELEMENT__HEADLINE, checked(String.class, value));
            case LEADER ->
                edit(domain, measure, column, Literals.MEASURE__RESPONSIBLE_LEADER, checked(Person.class, value));
            case UNIT ->
                edit(domain, measure, column, Literals.MEASURE__RESPONSIBLE_UNIT, checked(OrgUnit.class, value));
            case STATUS -> Workflow.moveTo(domain, measure,
                    Objects.requireNonNull(checked(MeasureStatus.class, value), "status")); //$NON-NLS-1$
            default -> throw new IllegalArgumentException("not edited directly: " + column); //$NON-NLS-1$
        };
    }

    private static Command edit(EditingDomain domain, Measure measure, LedgerColumn column, EStructuralFeature feature,
            Object value) {
        return new CompoundCommand(NLS.bind(Messages.commandEdit, column.header()),
                List.of(SetCommand.create(domain, measure, feature, value)));
    }

    private static <T> T checked(Class<T> type, Object value) {
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException("expected a " + type.getSimpleName() + ": " + value); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return type.cast(value);
    }
}
