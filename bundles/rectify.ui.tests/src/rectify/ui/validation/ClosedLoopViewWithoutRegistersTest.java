package rectify.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static rectify.ui.Workbenches.activate;
import static rectify.ui.Workbenches.waitForOpening;
import static rectify.ui.Workbenches.waitUntil;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import rectify.core.io.RegisterFileException;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** With no register open, the closed-loop view says so rather than that every loop is closed. */
class ClosedLoopViewWithoutRegistersTest {

    @Test
    void saysThatNoRegisterIsOpenAndCountsAgainOnceOneIs() throws RegisterFileException {
        waitForOpening();
        ClosedLoopView view = activate(ClosedLoopView.ID, ClosedLoopView.class);
        List<OpenRegister> open = OpenRegisters.get().registers();
        List<Path> files = open.stream().map(OpenRegister::file).toList();
        try {
            open.forEach(OpenRegisters.get()::close);

            waitUntil("the view says that no register is open",
                    () -> Messages.summaryNoRegister.equals(view.getContentDescription()));
        } finally {
            for (Path file : files) {
                OpenRegisters.get().open(file);
            }
        }
        waitUntil("the view counts the findings of the registers opened again",
                () -> !Messages.summaryNoRegister.equals(view.getContentDescription()));
        assertEquals(files, OpenRegisters.get().registers().stream().map(OpenRegister::file).toList());
    }
}
