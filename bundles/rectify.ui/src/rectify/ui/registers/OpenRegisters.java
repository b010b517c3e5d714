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

    /**
     * The family of the jobs that read registers in the background to open them (such as those the
     * product starts with): wait until none is left to see every register they open.
     */
    public static final Object OPENING = new Object();

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
        OpenRegister already = find(file);
        return already != null ? already : open(read(file));
    }

    /**
     * Reads a register file to be opened with {@link #open(Read)}; unlike opening, reading may be
     * done on any thread, so that a large file does not hold up the workbench.
     *
     * @throws RegisterFileException when the file cannot be read
     */
    public Read read(Path file) throws RegisterFileException {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        return new Read(domain, RegisterFiles.load(domain.getResourceSet(), RegisterFiles.location(file)));
    }

    /**
     * Opens a register file read by {@link #read(Path)}, or returns the register when its file is
     * open already (the one read is then dropped).
     */
    public OpenRegister open(Read read) {
        OpenRegister already = find(read.file());
        if (already != null) {
            return already;
        }
        OpenRegister register = new OpenRegister(read.domain(), read.resource(), this::changed);
        open.add(register);
        changed(register, Change.OPENED);
        register.validate();
        return register;
    }

    /** A register file read, not yet open: its editing domain and resource. */
    public record Read(AdapterFactoryEditingDomain domain, Resource resource) {

        /** @return the file read */
        public Path file() {
            return Path.of(resource.getURI().toFileString());
        }
    }

    private OpenRegister find(Path file) {
        Path absolute = RegisterFiles.location(file);
        return open.stream().filter(register -> register.file().equals(absolute)).findFirst().orElse(null);
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
