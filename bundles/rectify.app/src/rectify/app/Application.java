package rectify.app;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Rectify desktop application: starts the workbench on the Records perspective. */
public final class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        if (Platform.getProduct() != null) {
            Display.setAppName(Platform.getProduct().getName());
        }
        Display display = PlatformUI.createDisplay();
        try {
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new RectifyWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
