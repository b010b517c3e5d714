package rectify.ui.registers;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.edit.ui.provider.ExtendedImageRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.Saveable;

import rectify.model.provider.RectifyEditPlugin;

/**
 * An open register as the workbench saves it. Parts that show a register (the navigator, the
 * register overview, record editors) give it from {@link org.eclipse.ui.ISaveablesSource}, so
 * that File › Save, the dirty marks and the prompt on closing treat the file as one unit whichever
 * parts show it: two saveables of the same open register are equal.
 */
public final class RegisterSaveable extends Saveable {

    private final OpenRegister register;

    /** @param register the open register saved */
    public RegisterSaveable(OpenRegister register) {
        this.register = register;
    }

    /** @return the open register saved */
    public OpenRegister register() {
        return register;
    }

    @Override
    public String getName() {
        return register.file().getFileName().toString();
    }

    @Override
    public String getToolTipText() {
        return register.file().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ExtendedImageRegistry.INSTANCE.getImageDescriptor(
                RectifyEditPlugin.INSTANCE.getImage("full/obj16/Register")); //$NON-NLS-1$
    }

    /** Saves the register; a failure is reported with the file's message in the user's language. */
    @Override
    public void doSave(IProgressMonitor monitor) throws CoreException {
        try {
            register.save();
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }

    @Override
    public boolean isDirty() {
        return register.isDirty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegisterSaveable saveable && saveable.register == register;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(register);
    }
}
