package rectify.ui.editors;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import rectify.core.io.RegisterFileException;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * The input of an editor of one element of a register (a record, a review): the register's
 * file and the element's id, so the workbench can reopen it on its next start.
 */
public final class RegisterElementInput implements IEditorInput, IPersistableElement {

    static final String FACTORY_ID = "rectify.ui.editors.elementInput";
    static final String FILE = "file";
    static final String ID = "id";
    static final String NAME = "name";

    private final Path file;
    private final String id;
    private final String name;

    /** An input for {@code element} of an open register, named {@code name} in the editor's tab. */
    public RegisterElementInput(OpenRegister register, EObject element, String name) {
        this(register.file(), EcoreUtil.getURI(element).fragment(), name);
    }

    RegisterElementInput(Path file, String id, String name) {
        this.file = file;
        this.id = id;
        this.name = name;
    }

    /** @return the register holding the element, opened if need be */
    public OpenRegister register() throws RegisterFileException {
        return OpenRegisters.get().open(file);
    }

    /**
     * @return the element, from the register opened if need be; null when the register no
     *         longer has it
     */
    public EObject element() throws RegisterFileException {
        return register().register().eResource().getEObject(id);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return name + " — " + file;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(FILE, file.toString());
        memento.putString(ID, id);
        memento.putString(NAME, name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegisterElementInput input && input.file.equals(file) && input.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, id);
    }
}
