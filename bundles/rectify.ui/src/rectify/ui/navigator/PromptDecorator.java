package rectify.ui.navigator;

import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.swt.graphics.Image;

/**
 * The workbench's decorator, without its delay: a label shows its new text at once and takes its
 * decoration when the workbench has computed it (a delayed decorator keeps the old text until then,
 * so that a renamed record would show its old name for a moment).
 */
final class PromptDecorator implements ILabelDecorator {

    private final ILabelDecorator decorator;

    PromptDecorator(ILabelDecorator decorator) {
        this.decorator = decorator;
    }

    @Override
    public Image decorateImage(Image image, Object element) {
        return decorator.decorateImage(image, element);
    }

    @Override
    public String decorateText(String text, Object element) {
        return decorator.decorateText(text, element);
    }

    @Override
    public void addListener(ILabelProviderListener listener) {
        decorator.addListener(listener);
    }

    @Override
    public void removeListener(ILabelProviderListener listener) {
        decorator.removeListener(listener);
    }

    @Override
    public boolean isLabelProperty(Object element, String property) {
        return decorator.isLabelProperty(element, property);
    }

    @Override
    public void dispose() {
        // the workbench's decorator outlives the view
    }
}
