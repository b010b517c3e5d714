package rectify.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import rectify.testing.Events;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** What the tests of the workbench share: the page, the sample register, waiting for the UI. */
public final class Workbenches {

    private Workbenches() {
    }

    /** @return the active page of the product's window */
    public static IWorkbenchPage page() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertNotNull(page, "no active workbench page");
        return page;
    }

    /** @return the sample register the product opened on start, once it is open */
    public static OpenRegister sample() {
        waitForOpening();
        List<OpenRegister> open = OpenRegisters.get().registers();
        return open.stream().filter(r -> r.file().getFileName().toString().equals("sample-register.rectify"))
                .findFirst().orElseThrow(() -> new AssertionError("the sample register is not open: " + open));
    }

    /** Lets the user interface run until the registers being opened in the background are open. */
    public static void waitForOpening() {
        waitUntil("the registers being opened are open",
                () -> Job.getJobManager().find(OpenRegisters.OPENING).length == 0);
    }

    /** Shows and activates a view. */
    public static <T extends IViewPart> T activate(String id, Class<T> type) {
        try {
            return type.cast(page().showView(id));
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs a command through the workbench's handlers, as a menu item or key would. */
    public static void execute(String commandId) {
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (CommandException e) {
            throw new AssertionError(commandId + ": " + e.getMessage(), e);
        }
    }

    /** Lets the user interface run until {@code condition} holds; fails after five seconds. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        Events.until(what, Duration.ofSeconds(5), condition);
    }

    /** Lets the user interface handle what is pending. */
    public static void settle() {
        Events.flush();
    }

    /** Undoes every change to a register since it was saved, so tests leave it as they found it. */
    public static void revert(OpenRegister register) {
        register.revert();
        settle();
        assertEquals(false, register.isDirty(), "the register could not be reverted");
    }
}
