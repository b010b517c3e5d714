package rectify.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.activate;
import static rectify.ui.Workbenches.settle;
import static rectify.ui.Workbenches.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.part.ShowInContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Meeting;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.Register;
import rectify.samples.Samples;
import rectify.ui.navigator.RegisterNavigator;

/**
 * Another program changes the file of an open register (here a thread writing it through the
 * file layer, as a separate process would: lock, read, change, atomic save): a register without
 * unsaved changes reloads by itself, keeping what shows its elements; with unsaved changes the
 * user gets the choice, when the change is noticed or on saving, and nothing is lost.
 */
class ChangedOnDiskTest {

    @TempDir
    Path folder;

    private Path file;
    private OpenRegister register;

    @BeforeEach
    void openACopyOfTheSample() throws IOException {
        file = Samples.copySampleRegister(folder.resolve("共享的记录册.rectify"));
        register = OpenRegisters.get().open(file);
        settle();
    }

    @AfterEach
    void close() {
        OpenRegisters.get().close(register);
        settle();
    }

    /** Another writer adds a record and renames the first one, under the lock, as a command would. */
    private void anotherWriterChangesTheFile(String added, String renamed) {
        CompletableFuture.runAsync(() -> {
            try {
                RegisterFiles.update(file, Duration.ofSeconds(10), (onDisk, created) -> {
                    Meeting meeting = RectifyFactory.eINSTANCE.createMeeting();
                    meeting.setTitle(added);
                    onDisk.getRecords().add(meeting);
                    if (renamed != null) {
                        onDisk.getRecords().get(0).setTitle(renamed);
                    }
                    return null;
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).join();
    }

    private void rename(Record record, String title) {
        register.domain().getCommandStack().execute(
                SetCommand.create(register.domain(), record, RectifyPackage.Literals.RECORD__TITLE, title));
    }

    private static List<String> titles(Register register) {
        return register.getRecords().stream().map(Record::getTitle).toList();
    }

    /** Answers the dialog "file changed on disk" once it is up: a screenshot, then a button. */
    private static void answer(String button, String shot, Consumer<Shell> check) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = dialog(display);
            if (dialog == null) {
                display.timerExec(50, poll[0]);
                return;
            }
            // once it is drawn
            display.timerExec(500, () -> {
                check.accept(dialog);
                screenshot(dialog, shot);
                Button chosen = find(dialog, Button.class, button);
                assertNotNull(chosen, "no button " + button);
                chosen.notifyListeners(SWT.Selection, new Event());
            });
        };
        display.timerExec(50, poll[0]);
    }

    private static Shell dialog(Display display) {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && Messages.changedTitle.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, String text) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && (text == null || text.equals(child instanceof Button b ? b.getText()
                    : child instanceof Label l ? l.getText() : null))) {
                return type.cast(child);
            }
            if (child instanceof Composite inner) {
                T found = find(inner, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String message(Shell dialog) {
        List<String> texts = new ArrayList<>();
        collect(dialog, texts);
        return String.join("\n", texts);
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite inner) {
                collect(inner, texts);
            }
        }
    }

    /** Saves what the dialog looks like on the screen to target/screenshots, in the test's language. */
    private static void screenshot(Shell dialog, String name) {
        dialog.update();
        Rectangle bounds = dialog.getBounds();
        Image image = new Image(dialog.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(dialog.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            loader.save(shots.resolve("changed-on-disk-" + name + "-" + Locale.getDefault() + ".png").toString(),
                    SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void anUnmodifiedRegisterReloadsByItselfKeepingTheSelection() {
        RegisterNavigator navigator = activate(RegisterNavigator.ID, RegisterNavigator.class);
        Record first = register.register().getRecords().get(0);
        navigator.show(new ShowInContext(null, new StructuredSelection(first)));
        settle();

        anotherWriterChangesTheFile("命令导入的记录", "磁盘上改的标题");
        waitUntil("the register is reloaded", () -> register.register().getRecords().size() == 3);

        assertSame(first, register.register().getRecords().get(0), "the record is the same object");
        assertEquals("磁盘上改的标题", first.getTitle());
        assertEquals("命令导入的记录", register.register().getRecords().get(2).getTitle());
        assertFalse(register.isDirty());
        assertFalse(register.isChangedOnDisk());
        IStructuredSelection selection = (IStructuredSelection) navigator.getSite().getSelectionProvider()
                .getSelection();
        assertSame(first, selection.getFirstElement(), "the selection stays on the record");
    }

    @Test
    void theUserSavesOverAFileAnotherWriterChangedMergesAndLosesNothing() throws IOException {
        Record first = register.register().getRecords().get(0);
        rename(first, "窗口里改的标题");
        anotherWriterChangesTheFile("命令导入的记录", null);
        String[] shown = new String[1];
        answer(Messages.merge, "on-saving", dialog -> shown[0] = message(dialog));

        boolean saved = Saving.save(Display.getCurrent().getActiveShell(), register);

        assertTrue(saved, "saved after the merge");
        assertTrue(shown[0].contains("共享的记录册.rectify"), shown[0]);
        assertFalse(register.isDirty());
        Register onDisk = RegisterFiles.load(file);
        assertEquals("窗口里改的标题", onDisk.getRecords().get(0).getTitle(), "the window's change is saved");
        assertTrue(titles(onDisk).contains("命令导入的记录"), "the other writer's record is kept: " + titles(onDisk));
        assertEquals(titles(register.register()), titles(onDisk));
    }

    @Test
    void aModifiedRegisterAsksWhenTheChangeIsNoticedAndReloadKeepsTheUsersChange() {
        Record first = register.register().getRecords().get(0);
        rename(first, "窗口里改的标题");
        answer(Messages.reload, "noticed", dialog -> {
        });

        anotherWriterChangesTheFile("命令导入的记录", null);
        waitUntil("the register is reloaded", () -> register.register().getRecords().size() == 3);

        assertSame(first, register.register().getRecords().get(0));
        assertEquals("窗口里改的标题", first.getTitle(), "the unsaved change is applied again");
        assertTrue(register.isDirty());
        assertFalse(register.isChangedOnDisk(), "the window now holds the file on disk and the change");
        register.domain().getCommandStack().undo();
        assertEquals(3, register.register().getRecords().size());
        assertFalse(register.isDirty(), "undone, the register is the file on disk");
    }
}
