package rectify.ui.navigator;

import java.util.Comparator;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;

import rectify.model.Record;
import rectify.model.Register;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Open registers; their records grouped by year (newest first) and kind (meetings, then
 * inspections); below a record the three parts of its review; below those what the model's item
 * providers give.
 */
final class NavigatorContentProvider extends AdapterFactoryContentProvider {

    NavigatorContentProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof OpenRegisters open
                ? open.registers().stream().map(OpenRegister::register).toArray()
                : super.getElements(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case Register register -> register.getRecords().stream()
                    .map(Record::getYear)
                    .distinct()
                    .sorted(Comparator.reverseOrder())
                    .map(year -> new YearGroup(register, year))
                    .toArray();
            case YearGroup group -> group.kinds().toArray();
            case Record record ->
                record.getReview() == null ? new Object[0] : ReviewSection.of(record.getReview()).toArray();
            case NavigatorGroup group -> group.members().toArray();
            default -> super.getChildren(parent);
        };
    }

    @Override
    public boolean hasChildren(Object element) {
        return switch (element) {
            case Register register -> !register.getRecords().isEmpty();
            case Record record -> record.getReview() != null;
            case NavigatorGroup group -> !group.members().isEmpty();
            default -> super.hasChildren(element);
        };
    }

    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case YearGroup group -> group.register();
            case KindGroup group -> new YearGroup(group.register(), group.year());
            case ReviewSection section -> section.review().eContainer();
            case Record record when record.eContainer() instanceof Register -> KindGroup.of(record);
            case EObject object when ReviewSection.holding(object) != null -> ReviewSection.holding(object);
            default -> super.getParent(element);
        };
    }
}
