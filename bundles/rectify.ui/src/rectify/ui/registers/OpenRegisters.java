package rectify.ui.registers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.Register;
import rectify.model.edit.RectifyEditAdapterFactory;

/**
 * The registers open in the workbench. Each file has its own editing domain with one command
 * stack, owned here rather than by an editor, so every view and editor of the file shares it.
 */
public final class OpenRegisters {

    private static final OpenRegisters INSTANCE = new OpenRegisters();

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new RectifyEditAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final List<AdapterFactoryEditingDomain> domains = new ArrayList<>();
    private final ListenerList<Runnable> listeners = new ListenerList<>();

    private OpenRegisters() {
    }

    /** @return the workbench's open registers */
    public static OpenRegisters get() {
        return INSTANCE;
    }

    /** @return the adapter factory that gives labels, icons, children and properties */
    public AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /**
     * Opens a register file, or returns it when it is open already.
     *
     * @throws RegisterFileException when the file cannot be read; nothing is opened then
     */
    public Register open(Path file) throws RegisterFileException {
        Path absolute = file.toAbsolutePath().normalize();
        for (AdapterFactoryEditingDomain domain : domains) {
            Resource resource = domain.getResourceSet().getResources().get(0);
            if (resource.getURI().isFile() && Path.of(resource.getURI().toFileString()).equals(absolute)) {
                return (Register) resource.getContents().get(0);
            }
        }
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        Resource resource = RegisterFiles.load(domain.getResourceSet(), absolute);
        domains.add(domain);
        listeners.forEach(Runnable::run);
        return (Register) resource.getContents().get(0);
    }

    /** @return the open registers, in the order they were opened */
    public List<Register> registers() {
        return domains.stream()
                .map(domain -> (Register) domain.getResourceSet().getResources().get(0).getContents().get(0))
                .toList();
    }

    /** Calls {@code listener} whenever a register is opened. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
