package rectify.app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import rectify.start.StartPage;
import rectify.ui.RecordsPerspective;

/** Opens windows on the Records perspective, then the registers to start with and the start page. */
final class RectifyWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public String getInitialWindowPerspectiveId() {
        return RecordsPerspective.ID;
    }

    /**
     * Once the window shows: reads the registers to start with in the background, and opens the
     * start page after the window's first paint.
     */
    @Override
    public void postStartup() {
        IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
        StartupRegisters.open(workbench);
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                try {
                    StartPage.open(window.getActivePage());
                } catch (PartInitException e) {
                    ILog.of(getClass()).error(e.getMessage(), e);
                }
            }
        });
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new RectifyWindowAdvisor(configurer);
    }
}
