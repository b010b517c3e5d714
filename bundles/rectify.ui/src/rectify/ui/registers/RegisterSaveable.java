package rectify.ui.registers;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.ui.provider.ExtendedImageRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
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

    /**
     * Saves the register as {@link Saving#save} does: a failure is told with the file's message in
     * the user's language, a file changed on disk gets the choice; when it was not saved, the
     * monitor is cancelled (closing the window stops).
     */
    @Override
    public void doSave(IProgressMonitor monitor) {
        Display display = Display.getCurrent();
        Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
        if (!Saving.save(shell, register) && monitor != null) {
            monitor.setCanceled(true);
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
