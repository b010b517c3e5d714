package rectify.ui.navigator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;

import rectify.model.Record;
import rectify.model.Register;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Open registers, their records grouped by year (newest first), and below each record what the
 * model's item providers give.
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
        if (parent instanceof Register register) {
            Map<Integer, List<Record>> byYear = register.getRecords().stream()
                    .collect(Collectors.groupingBy(Record::getYear, () -> new TreeMap<>(Comparator.reverseOrder()),
                            Collectors.toList()));
            return byYear.entrySet().stream().map(e -> new YearGroup(register, e.getKey(), e.getValue())).toArray();
        }
        if (parent instanceof YearGroup group) {
            return group.records().toArray();
        }
        return super.getChildren(parent);
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Register || element instanceof YearGroup || super.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof YearGroup group ? group.register() : super.getParent(element);
    }
}
