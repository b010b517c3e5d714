package rectify.start;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The start page's input: there is one start page, so one input. */
final class StartPageInput implements IEditorInput {

    static final StartPageInput INSTANCE = new StartPageInput();

    private StartPageInput() {
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.title;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
