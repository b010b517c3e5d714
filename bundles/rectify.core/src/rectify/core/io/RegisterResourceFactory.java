package rectify.core.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates {@link RegisterResource}s. Registered in Eclipse for the {@code rectify} extension and
 * the {@value RegisterFiles#CONTENT_TYPE} content type; {@link RegisterFiles} registers it in
 * its own resource sets, so it needs no registration in plain Java.
 */
public class RegisterResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new RegisterResource(uri);
    }
}
