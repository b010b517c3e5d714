package rectify.app;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import rectify.ui.RecordsPerspective;

/** Opens windows on the Records perspective, then the registers to start with. */
final class RectifyWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public String getInitialWindowPerspectiveId() {
        return RecordsPerspective.ID;
    }

    @Override
    public void postStartup() {
        StartupRegisters.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new RectifyWindowAdvisor(configurer);
    }
}
