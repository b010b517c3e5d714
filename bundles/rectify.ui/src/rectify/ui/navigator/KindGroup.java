package rectify.ui.navigator;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import rectify.model.Record;
import rectify.model.Register;

/**
 * The records of one kind (meetings or inspections) of one year of a register, in the register's
 * order. Equal for the same year and kind.
 */
public record KindGroup(Register register, int year, EClass kind) implements NavigatorGroup {

    /** @return the group that shows {@code record} */
    public static KindGroup of(Record record) {
        return new KindGroup((Register) record.eContainer(), record.getYear(), record.eClass());
    }

    @Override
    public EObject owner() {
        return register;
    }

    @Override
    public List<Record> members() {
        return register.getRecords().stream()
                .filter(record -> record.getYear() == year && record.eClass() == kind)
                .toList();
    }
}
