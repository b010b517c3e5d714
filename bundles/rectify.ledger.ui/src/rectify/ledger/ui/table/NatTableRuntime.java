package rectify.ledger.ui.table;

import java.net.URL;
import java.util.Enumeration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Readies NatTable's libraries in OSGi before the first table is made:
 * <ul>
 * <li>Eclipse Collections' API finds its factories (sets, lists, maps) with a
 * {@link java.util.ServiceLoader} through the thread's context class loader, once, when a factory
 * class is first used. In OSGi that loader cannot see the implementation bundle, the factories stay
 * broken ("Could not find any implementations of MutableSetFactory") and NatTable paints nothing.
 * Here every factory class of the API is initialized with the implementation bundle's class loader
 * as the context class loader.</li>
 * <li>SLF4J's provider (slf4j.simple), through which NatTable reports its errors, is registered
 * with SPI Fly only once started; it is started here, so that those errors reach standard error
 * instead of being dropped.</li>
 * </ul>
 * Outside OSGi, or when the bundles are missing, nothing is done: the class path serves.
 */
public final class NatTableRuntime {

    private static final String COLLECTIONS_API = "org.eclipse.collections.api"; //$NON-NLS-1$
    private static final String COLLECTIONS = "org.eclipse.collections.impl"; //$NON-NLS-1$
    private static final String FACTORIES = "org/eclipse/collections/api/factory"; //$NON-NLS-1$
    private static final String LOGGING = "slf4j.simple"; //$NON-NLS-1$

    private static boolean ready;

    private NatTableRuntime() {
    }

    /** Readies the libraries, once. */
    public static synchronized void prepare() {
        if (ready) {
            return;
        }
        ready = true;
        startLogging();
        bindCollections();
    }

    private static void startLogging() {
        Bundle logging = Platform.getBundle(LOGGING);
        if (logging != null && logging.getState() != Bundle.ACTIVE) {
            try {
                logging.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                ILog.of(NatTableRuntime.class).warn(e.getMessage(), e);
            }
        }
    }

    private static void bindCollections() {
        Bundle api = Platform.getBundle(COLLECTIONS_API);
        ClassLoader apiLoader = loaderOf(api);
        ClassLoader implementation = loaderOf(Platform.getBundle(COLLECTIONS));
        if (apiLoader == null || implementation == null) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(implementation);
        try {
            Enumeration<URL> classes = api.findEntries(FACTORIES, "*.class", true); //$NON-NLS-1$
            while (classes != null && classes.hasMoreElements()) {
                String path = classes.nextElement().getPath();
                if (path.indexOf('$') < 0) {
                    initialize(path.substring(path.indexOf(FACTORIES), path.length() - ".class".length()) //$NON-NLS-1$
                            .replace('/', '.'), apiLoader);
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void initialize(String name, ClassLoader loader) {
        try {
            Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // not a factory holder, or one NatTable does not need: the others are bound
        }
    }

    private static ClassLoader loaderOf(Bundle bundle) {
        BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
        return wiring == null ? null : wiring.getClassLoader();
    }
}
