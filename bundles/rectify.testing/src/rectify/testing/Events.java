package rectify.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Letting the user interface run while a test of the workbench waits for it (on the UI thread). */
public final class Events {

    private Events() {
    }

    /**
     * Runs the event loop until {@code condition} holds.
     *
     * @param what what is awaited, for the failure's message
     * @param limit how long to wait at the most; the test fails after it
     */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("waited " + limit.toSeconds() + " s in vain until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Runs the events waiting now. */
    public static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run them all
        }
    }
}
