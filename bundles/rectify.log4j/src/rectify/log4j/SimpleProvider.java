package rectify.log4j;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;

/**
 * Log4j API's own simple logger as its provider: errors only, to standard error. The
 * {@link Activator} registers it in OSGi; on a plain class path (the headless commands) Log4j API
 * finds it through {@code META-INF/services}, and so does not complain that it has no logging
 * implementation.
 */
public final class SimpleProvider extends Provider {

    /** The provider API version Log4j API looks for (its service filter is {@code APIVersion>=2.6.0}). */
    static final String API_VERSION = "2.6.0"; //$NON-NLS-1$
    /** Below the priority of a real logging back end, should one be installed. */
    private static final int PRIORITY = 1;

    /** The provider, as Log4j API's service loader makes it. */
    public SimpleProvider() {
        super(PRIORITY, API_VERSION, SimpleLoggerContextFactory.class);
    }
}
