package rectify.ui.navigator;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.Register;

/** The records of one year of a register, as the navigator groups them. Equal for the same year. */
public record YearGroup(Register register, int year) implements NavigatorGroup {

    @Override
    public EObject owner() {
        return register;
    }

    @Override
    public List<Record> members() {
        return register.getRecords().stream().filter(record -> record.getYear() == year).toList();
    }

    /** @return the kinds of records of the year, meetings first, those without records left out */
    public List<KindGroup> kinds() {
        return List.of(RectifyPackage.Literals.MEETING, RectifyPackage.Literals.INSPECTION).stream()
                .map(kind -> new KindGroup(register, year, kind))
                .filter(group -> !group.members().isEmpty())
                .toList();
    }
}
