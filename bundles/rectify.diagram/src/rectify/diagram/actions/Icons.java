package rectify.diagram.actions;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The icons of the diagram bundle ({@code icons/}). */
public final class Icons {

    private Icons() {
    }

    /**
     * @param name a file in {@code icons/}, e.g. {@code layout.png}
     * @return its descriptor
     * @throws IllegalArgumentException when the bundle has no such icon
     */
    public static ImageDescriptor descriptor(String name) {
        return ResourceLocator.imageDescriptorFromBundle(Icons.class, "icons/" + name)
                .orElseThrow(() -> new IllegalArgumentException("no icon icons/" + name + " in rectify.diagram"));
    }
}
