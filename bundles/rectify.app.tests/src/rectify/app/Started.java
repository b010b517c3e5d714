package rectify.app;

import java.time.Duration;

import org.eclipse.core.runtime.jobs.Job;

import rectify.testing.Events;
import rectify.ui.registers.OpenRegisters;

/** The product as it started: its start-up registers are read in the background after the window shows. */
final class Started {

    private Started() {
    }

    /** Lets the user interface run until the registers the product starts with are open. */
    static void registersOpen() {
        Events.until("the start-up registers are open", Duration.ofSeconds(10),
                () -> Job.getJobManager().find(OpenRegisters.OPENING).length == 0
                        && !OpenRegisters.get().registers().isEmpty());
    }
}
