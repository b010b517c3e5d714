package rectify.ui.files;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import rectify.ui.registers.OpenRegisters;

/** Starts remembering the recent files as soon as the bundle starts, before any register opens. */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        RecentFiles.track(OpenRegisters.get());
    }

    @Override
    public void stop(BundleContext context) {
        // the workbench and its registers are gone by now
    }
}
