package rectify.share.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.NullProgressMonitor;
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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Record;
import rectify.model.RecordStatus;
import rectify.model.RectifyPackage;
import rectify.model.Register;
import rectify.model.edit.Labels;
import rectify.samples.Samples;
import rectify.share.History;
import rectify.share.SaveNote;
import rectify.share.Sharing;
import rectify.share.Sync;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;
import rectify.ui.registers.Saving;

/**
 * A shared register in the workbench: a save is a commit the History view shows by field, from
 * what to what; two versions compare by labels; a locked record refuses edits and reopens with a
 * reason; synchronising with a conflicting change asks which side to take and shows the result.
 */
class SharedWorkbenchTest {

    @TempDir
    Path scratch;

    private Path folder;
    private OpenRegister register;

    @BeforeEach
    void openASharedRegister() throws IOException {
        ShareStartup.ensure();
        folder = scratch.resolve("共享台账");
        Sharing.share(Samples.copySampleRegister(scratch.resolve("sample.rectify")), folder);
        register = OpenRegisters.get().open(folder);
        settle();
    }

    @AfterEach
    void close() {
        closeDialogs();
        OpenRegisters.get().close(register);
        settle();
    }

    private Record record() {
        return register.register().getRecords().stream().max(Comparator.comparingInt(Record::getMeasureCount))
                .orElseThrow();
    }

    private Measure measure() {
        return record().getReview().getDirections().get(0).getMeasures().get(0);
    }

    private void set(Object owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        register.domain().getCommandStack().execute(SetCommand.create(register.domain(), owner, feature, value));
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @Test
    void theHistoryViewShowsWhoChangedWhichFieldAndVersionsCompareByLabels() throws Exception {
        Measure measure = measure();
        set(measure, RectifyPackage.Literals.MEASURE__STATUS, MeasureStatus.DONE);
        assertTrue(Saving.save(shell(), register));

        HistoryView view = (HistoryView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(HistoryView.ID);
        view.show(measure);
        waitUntil("the history is read", () -> !view.rows().isEmpty() && !view.isLoading());
        HistoryView.Row row = view.rows().get(0);
        assertEquals(Labels.feature(RectifyPackage.Literals.MEASURE__STATUS, Locale.getDefault()), row.field());
        assertEquals(Labels.literal(MeasureStatus.DONE), row.to());
        assertEquals(Labels.literal(MeasureStatus.PLANNED), row.from());
        waitUntil("the table shows the rows", () -> view.viewer().getTable().getItemCount() > 0);
        long shown = System.nanoTime() + Duration.ofMillis(500).toNanos();
        waitUntil("the table is drawn", () -> System.nanoTime() > shown);
        screenshot(view.viewer().getControl().getShell(), "history");
        String suffix = suffix(register.register());
        assertTrue(suffix.contains(folder.getFileName().toString()), suffix);

        view.viewer().setSelection(new StructuredSelection(row));
        boolean[] compared = new boolean[1];
        answer(shell -> shell.getText().equals(Messages.compareTitle), "comparison", shell -> {
            compared[0] = true;
            Table table = find(shell, Table.class, t -> true);
            assertNotNull(table);
            assertEquals(1, table.getItemCount(), "one value changed between the two versions");
            assertEquals(Labels.literal(MeasureStatus.DONE), table.getItem(0).getText(3));
            return shell.getDefaultButton();
        });
        view.compareSelected();
        assertTrue(compared[0], "the comparison was shown");
    }

    @Test
    void aLockedRecordRefusesEditsAndReopensWithAReason() throws IOException {
        Record record = record();
        String title = record.getTitle();
        set(record, RectifyPackage.Literals.RECORD__STATUS, RecordStatus.CLOSED);
        assertTrue(Saving.save(shell(), register));

        boolean[] told = new boolean[1];
        answer(shell -> shell.getText().equals(Messages.lockedTitle), "locked", shell -> {
            told[0] = true;
            return shell.getDefaultButton();
        });
        set(record, RectifyPackage.Literals.RECORD__TITLE, "销号后改的标题");
        waitUntil("the user is told", () -> told[0]);
        assertEquals(title, record.getTitle(), "the edit of the locked record is undone");
        assertTrue(suffix(record).contains(Messages.locked), suffix(record));
        assertTrue(!register.isDirty());

        LockGuard.reopen(record, () -> set(record, RectifyPackage.Literals.RECORD__STATUS, RecordStatus.RECTIFYING));
        SaveNote.set(record.eResource(), "复查发现问题尚未整改到位");
        assertTrue(Saving.save(shell(), register));
        String recordId = record.eResource().getURIFragment(record);
        History.Entry reopened = History.of(folder, recordId).get(0);
        assertTrue(reopened.message().contains("原因：复查发现问题尚未整改到位"), reopened.message());
        assertEquals(RecordStatus.RECTIFYING, RegisterFiles.load(folder).getRecords().stream()
                .filter(r -> recordId.equals(r.eResource().getURIFragment(r))).findFirst().orElseThrow().getStatus());
    }

    @Test
    void synchronisingAConflictAsksWhichSideToTakeAndShowsTheMergedRegister() throws Exception {
        Path server = scratch.resolve("server.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(server.toFile()).call().close();
        String url = server.toUri().toString();
        Sync.run(folder, url, null, NullProgressMonitor.INSTANCE, null);
        Path other = scratch.resolve("另一处");
        Sharing.join(url, other, null, NullProgressMonitor.INSTANCE);
        RegisterFiles.update(other, Duration.ofSeconds(5), (onDisk, created) -> {
            Record largest = onDisk.getRecords().stream().max(Comparator.comparingInt(Record::getMeasureCount))
                    .orElseThrow();
            largest.getReview().getDirections().get(0).getMeasures().get(0).setStatus(MeasureStatus.IN_PROGRESS);
            return null;
        });
        Sync.run(other, null, null, NullProgressMonitor.INSTANCE, null);
        Measure measure = measure();
        set(measure, RectifyPackage.Literals.MEASURE__STATUS, MeasureStatus.DONE);
        assertTrue(Saving.save(shell(), register));

        answer(shell -> find(shell, Table.class, t -> true) != null
                && find(shell, Button.class, takeAllThere()) != null,
                "conflict", shell -> {
                    Table table = find(shell, Table.class, t -> true);
                    assertEquals(1, table.getItemCount());
                    assertEquals(Labels.literal(MeasureStatus.DONE), table.getItem(0).getText(2));
                    assertEquals(Labels.literal(MeasureStatus.IN_PROGRESS), table.getItem(0).getText(3));
                    find(shell, Button.class, takeAllThere()).notifyListeners(SWT.Selection, new Event());
                    return shell.getDefaultButton();
                });
        boolean[] told = new boolean[1];
        answer(shell -> shell.getText().startsWith(Messages.syncJob.substring(0, 2))
                && find(shell, Table.class, t -> true) == null,
                "synced", shell -> {
                    told[0] = true;
                    return shell.getDefaultButton();
                });
        SyncHandler.start(shell(), register, url, false, null);
        waitUntil("the result is told", () -> told[0]);
        waitUntil("the register shows the merged version",
                () -> measure.getStatus() == MeasureStatus.IN_PROGRESS && !register.isChangedOnDisk());
        int[] counts = ShareDecorator.aheadBehind(folder);
        assertNotNull(counts);
        assertEquals(0, counts[1], "nothing of the server is missing");
        assertTrue(suffix(register.register()).contains(org.eclipse.osgi.util.NLS.bind(Messages.behind, 0)),
                suffix(register.register()));
        assertEquals(MeasureStatus.IN_PROGRESS, measure(RegisterFiles.load(other)).getStatus());
    }

    @Test
    void aServersPasswordIsKeptEncryptedInTheSecureStorage() throws Exception {
        String url = "https://127.0.0.1:1/register.git";
        CredentialStore.Login login = new CredentialStore.Login("王处长", "正确的口令");
        CredentialStore.put(url, login);
        assertEquals(login, CredentialStore.get(url));
        assertTrue(org.eclipse.equinox.security.storage.SecurePreferencesFactory.getDefault()
                .node("rectify.share/" + org.eclipse.equinox.security.storage.EncodingUtils.encodeSlashes(url))
                .isEncrypted("password"), "the password is encrypted");
        CredentialStore.remove(url);
        assertEquals(null, CredentialStore.get(url));
    }

    private static Measure measure(Register register) {
        Record largest = register.getRecords().stream().max(Comparator.comparingInt(Record::getMeasureCount))
                .orElseThrow();
        return largest.getReview().getDirections().get(0).getMeasures().get(0);
    }

    /** @return the suffix the navigator's decorator gives an element */
    private static String suffix(Object element) {
        StringBuilder suffix = new StringBuilder();
        new ShareDecorator().decorate(element, new org.eclipse.jface.viewers.IDecoration() {
            @Override
            public void addPrefix(String prefix) {
                // none
            }

            @Override
            public void addSuffix(String text) {
                suffix.append(text);
            }

            @Override
            public void addOverlay(org.eclipse.jface.resource.ImageDescriptor overlay) {
                // none
            }

            @Override
            public void addOverlay(org.eclipse.jface.resource.ImageDescriptor overlay, int quadrant) {
                // none
            }

            @Override
            public void setForegroundColor(org.eclipse.swt.graphics.Color color) {
                // none
            }

            @Override
            public void setBackgroundColor(org.eclipse.swt.graphics.Color color) {
                // none
            }

            @Override
            public void setFont(org.eclipse.swt.graphics.Font font) {
                // none
            }

            @Override
            public org.eclipse.jface.viewers.IDecorationContext getDecorationContext() {
                return org.eclipse.jface.viewers.DecorationContext.DEFAULT_CONTEXT;
            }
        });
        return suffix.toString();
    }

    private static Predicate<Button> takeAllThere() {
        return button -> button.getText().contains("对方") && button.getText().startsWith("全部")
                || button.getText().contains("&There");
    }

    /** Answers a dialog once it is up: a check and a screenshot, then the button the check gives is pressed. */
    private static void answer(Predicate<Shell> which, String shot, java.util.function.Function<Shell, Button> check) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = find(which);
            if (dialog == null) {
                display.timerExec(50, poll[0]);
                return;
            }
            display.timerExec(500, () -> {
                Button button = check.apply(dialog);
                screenshot(dialog, shot);
                assertNotNull(button, "no button to press");
                button.notifyListeners(SWT.Selection, new Event());
            });
        };
        display.timerExec(50, poll[0]);
    }

    private static Shell find(Predicate<Shell> which) {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.isVisible() && shell != shell() && which.test(shell)) {
                return shell;
            }
        }
        return null;
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, Predicate<T> which) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && which.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite inner) {
                T found = find(inner, type, which);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void closeDialogs() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.isVisible() && shell != shell() && shell.getParent() != null) {
                shell.close();
            }
        }
        settle();
    }

    /** Saves what a window looks like on the screen to target/screenshots, in the test's language. */
    private static void screenshot(Shell shell, String name) {
        shell.update();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            loader.save(shots.resolve("share-" + name + "-" + Locale.getDefault() + ".png").toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going
        }
    }
}
