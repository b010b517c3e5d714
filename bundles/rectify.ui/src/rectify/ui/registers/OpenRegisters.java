package rectify.ui.registers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.edit.RectifyEditAdapterFactory;
import rectify.ui.registers.RegisterListener.Change;

/**
 * The registers open in the workbench. Each file has its own editing domain with one command
 * stack, owned here rather than by an editor, so every view and editor of the file shares it.
 * After changes the closed-loop rules are checked again, a moment later and once for a burst.
 */
public final class OpenRegisters {

    private static final int VALIDATION_DELAY_MS = 300;
    private static final OpenRegisters INSTANCE = new OpenRegisters();

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new RectifyEditAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final List<OpenRegister> open = new ArrayList<>();
    private final ListenerList<RegisterListener> listeners = new ListenerList<>();

    private OpenRegisters() {
        addListener(new DiskWatch(this));
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
    public OpenRegister open(Path file) throws RegisterFileException {
        Path absolute = file.toAbsolutePath().normalize();
        for (OpenRegister register : open) {
            if (register.file().equals(absolute)) {
                return register;
            }
        }
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        Resource resource = RegisterFiles.load(domain.getResourceSet(), absolute);
        OpenRegister register = new OpenRegister(domain, resource, this::changed);
        open.add(register);
        changed(register, Change.OPENED);
        register.validate();
        return register;
    }

    /** Closes a register, dropping unsaved changes; callers ask the user first. */
    public void close(OpenRegister register) {
        if (open.remove(register)) {
            register.dispose();
            register.validateLater(-1);
            changed(register, Change.CLOSED);
            register.domain().getResourceSet().getResources().forEach(Resource::unload);
        }
    }

    /** @return the open registers, in the order they were opened */
    public List<OpenRegister> registers() {
        return List.copyOf(open);
    }

    /** @return the open register that holds {@code element} */
    public Optional<OpenRegister> of(EObject element) {
        return open.stream().filter(register -> register.contains(element)).findFirst();
    }

    public void addListener(RegisterListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RegisterListener listener) {
        listeners.remove(listener);
    }

    private void changed(OpenRegister register, Change change) {
        listeners.forEach(listener -> listener.changed(register, change));
        if (change == Change.CONTENT || change == Change.SAVED) {
            register.validateLater(VALIDATION_DELAY_MS);
        }
    }
}
