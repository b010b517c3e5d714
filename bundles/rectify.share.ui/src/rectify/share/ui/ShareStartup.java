package rectify.share.ui;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import rectify.share.Authors;
import rectify.ui.registers.OpenRegisters;

/**
 * When the workbench starts: commits of shared registers take their author from the preferences,
 * and closed and archived records of shared registers are locked against edits ({@link LockGuard}).
 */
public final class ShareStartup implements IStartup {

    @Override
    public void earlyStartup() {
        Authors.prefer(SharePreferences::author);
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(LockGuard::install);
    }

    /** Installs what the start does, for a workbench whose start-up already ran (tests). */
    static void ensure() {
        Authors.prefer(SharePreferences::author);
        LockGuard.install();
        OpenRegisters.get();
    }
}
