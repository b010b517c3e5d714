package rectify.validation.internal;

import rectify.validation.RegisterValidation;

/**
 * A Declarative Services component (OSGI-INF/registration.xml) that puts the Rectify validator in
 * EMF's global validator registry while the bundle is active, without a bundle activator.
 */
public final class GlobalRegistration {

    /** Registers the validator; called by Declarative Services. */
    public void activate() {
        RegisterValidation.registerGlobally();
    }

    /** Unregisters the validator; called by Declarative Services. */
    public void deactivate() {
        RegisterValidation.unregisterGlobally();
    }
}
