package rectify.log4j;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Gives Log4j API, which Apache POI logs through, its provider in OSGi: {@link SimpleProvider}.
 * <p>
 * In OSGi, Log4j API's activator takes a start-up lock in the thread that activates it (the
 * framework's start-level thread, when Aries SPI Fly reads the bundle) and releases it only in
 * that thread, once it sees a provider: while it starts, or when a bundle starts in that thread
 * afterwards. With no provider the lock is kept, and the first {@code LogManager.getLogger} in
 * any other thread waits forever (apache/logging-log4j2#2655). This bundle is therefore started
 * by the framework's start-level thread ({@code META-INF/p2.inf} marks it started, at start level
 * 2 where the installer keeps that, 4 in the product; the tests' runtime starts it at 2), and
 * registers the provider as a service before its own start is announced.
 */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("APIVersion", SimpleProvider.API_VERSION); //$NON-NLS-1$
        context.registerService(Provider.class, new SimpleProvider(), properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
