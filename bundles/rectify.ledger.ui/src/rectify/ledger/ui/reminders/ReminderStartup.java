package rectify.ledger.ui.reminders;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.RegisterListener;

/**
 * Starts watching registers once the workbench is up; registers that opened before (those the
 * product opens at start-up) are reminded of and checked at once.
 */
public final class ReminderStartup implements IStartup {

    private static boolean installed;

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(ReminderStartup::install);
    }

    /** Installs the watch, once. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        RegisterWatch watch = new RegisterWatch();
        OpenRegisters.get().addListener(watch);
        EvidenceWatch.get().addListener(watch);
        for (OpenRegister register : OpenRegisters.get().registers()) {
            watch.changed(register, RegisterListener.Change.OPENED);
        }
    }
}
