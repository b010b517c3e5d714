package rectify.archive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.archive.RecordArchiver;
import rectify.model.Record;
import rectify.samples.Samples;
import rectify.testing.Widgets;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Archive… on records selected in the navigator, as a user runs it: the dialog answered, the job
 * run in the background, the PDF/A files written, the archives' warnings shown.
 */
class ArchiveCommandTest {

    private static final String COMMAND = "rectify.archive.ui.archive";

    @TempDir
    Path dir;

    private OpenRegister register;
    /** Titles of the dialogs that were shown and closed by {@link #closeDialogsUntil}. */
    private final List<String> dialogsShown = new ArrayList<>();
    private boolean automatedMode;

    @BeforeEach
    void openACopyOfTheSampleRegister() throws IOException {
        register = OpenRegisters.get().open(Samples.copySampleRegister(dir.resolve("register.rectify")));
    }

    @AfterEach
    void close() {
        OpenRegisters.get().close(register);
    }

    /** The test harness hides error dialogs; these tests look at them, as the user would. */
    @BeforeEach
    void showErrorDialogs() {
        automatedMode = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
    }

    @AfterEach
    void restoreErrorDialogs() {
        ErrorDialog.AUTOMATED_MODE = automatedMode;
    }

    private Record record(int year) {
        return register.register().getRecords().stream().filter(r -> r.getYear() == year).findFirst().orElseThrow();
    }

    @Test
    void oneRecordIsWrittenAsPdfA2bWithoutWarnings() throws Exception {
        Path file = dir.resolve("example.pdf");
        archive(List.of(record(2025)), file, false);

        assertPdfA(file, 2);
        assertEquals(List.of(), dialogsShown, "the example record is complete: nothing to warn about");
    }

    @Test
    void severalRecordsGoIntoAFolderAsPdfA3bAndTheirWarningsAreShown() throws Exception {
        List<Record> records = List.of(record(2021), record(2025));
        Path folder = dir.resolve("archives");
        archive(records, folder, true);

        List<String> names = RecordArchiver.fileNames(records);
        for (String name : names) {
            assertPdfA(folder.resolve(name), 3);
        }
        try (Stream<Path> written = Files.list(folder)) {
            assertEquals(names.stream().sorted().toList(),
                    written.map(f -> f.getFileName().toString()).sorted().toList(), "nothing else left in the folder");
        }
        assertEquals(List.of(Messages.remarksTitle), dialogsShown,
                "the 2021 record has no archival information: the stamp's blanks are reported");
    }

    @Test
    void oneRecordIsWrittenAsOfd() throws Exception {
        Path file = dir.resolve("example.ofd");
        archive(List.of(record(2025)), file, false, true);

        assertTrue(Files.isRegularFile(file), file + " was not written");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            assertTrue(zip.getEntry("OFD.xml") != null, "an OFD package");
        }
        assertEquals(List.of(), dialogsShown, "the example record is complete: nothing to warn about");
    }

    private void archive(List<Record> records, Path location, boolean part3b) throws Exception {
        archive(records, location, part3b, false);
    }

    /** Selects the records in the navigator, runs Archive…, answers its dialog and waits for the job. */
    private void archive(List<Record> records, Path location, boolean part3b, boolean ofd) throws Exception {
        IViewPart navigator = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(RegisterNavigator.ID);
        navigator.getSite().getSelectionProvider().setSelection(new StructuredSelection(records));
        Display display = Display.getCurrent();
        boolean[] answered = { false };
        display.asyncExec(() -> {
            Shell shell = display.getActiveShell();
            assertTrue(shell != null && shell.getData() instanceof ArchiveDialog, "the archive dialog is open");
            Widgets.descendants(shell, Text.class).findFirst().orElseThrow().setText(location.toString());
            button(shell, Messages.part2b).setSelection(!part3b && !ofd);
            button(shell, Messages.part3b).setSelection(part3b);
            button(shell, Messages.ofd).setSelection(ofd);
            button(shell, records.size() == 1 ? Messages.openFile : Messages.openFolder).setSelection(false);
            Widgets.descendants(shell, Button.class)
                    .filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
                    .findFirst().orElseThrow().notifyListeners(SWT.Selection, null);
            answered[0] = true;
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
        assertTrue(answered[0], "the dialog was answered");
        closeDialogsUntil(() -> Arrays.stream(Job.getJobManager().find(null)).noneMatch(ArchiveJob.class::isInstance));
        settleClosingDialogs();
    }

    /** Lets the workbench run until the condition holds, closing (and noting) any dialog that opens. */
    private void closeDialogsUntil(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                Shell shell = display.getActiveShell();
                if (shell != null
                        && (shell.getData() instanceof ErrorDialog || shell.getData() instanceof MessageDialog)) {
                    dialogsShown.add(shell.getText());
                    ((Dialog) shell.getData()).close();
                }
                if (!display.isDisposed()) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(100, closer);
        try {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > end) {
                    fail("the archive job did not end within 60 s");
                }
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            display.timerExec(-1, closer);
        }
    }

    /** Runs what the ended job left to do in the user interface (its report), closing dialogs. */
    private void settleClosingDialogs() {
        long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        closeDialogsUntil(() -> System.nanoTime() > end);
    }

    private static void assertPdfA(Path file, int part) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " was not written");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), file + " is not a PDF");
        assertTrue(
                text.contains("<pdfaid:part>" + part + "</pdfaid:part>")
                        || text.contains("pdfaid:part=\"" + part + "\""),
                file + " does not declare PDF/A-" + part);
    }

    private static Button button(Shell shell, String text) {
        return Widgets.descendants(shell, Button.class).filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

}
