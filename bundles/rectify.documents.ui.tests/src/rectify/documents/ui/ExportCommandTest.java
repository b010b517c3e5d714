package rectify.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.ErrorDialog;
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

import rectify.documents.DocumentKind;
import rectify.model.Record;
import rectify.samples.Samples;
import rectify.testing.Events;
import rectify.testing.Widgets;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.preferences.RectifyPreferences;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Export Document… on a record in the navigator, as a user runs it: the document chosen in the
 * dialog, the job run in the background, the Word document written; an organisation's template
 * from the preferences used, and a template that cannot serve reported by name.
 */
class ExportCommandTest {

    private static final String COMMAND = "rectify.documents.ui.export";

    @TempDir
    Path dir;

    private OpenRegister register;
    private final List<String> dialogsShown = new ArrayList<>();
    private boolean automatedMode;

    @BeforeEach
    void open() throws IOException {
        register = OpenRegisters.get().open(Samples.copySampleRegister(dir.resolve("register.rectify")));
        automatedMode = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
    }

    @AfterEach
    void close() {
        OpenRegisters.get().close(register);
        ErrorDialog.AUTOMATED_MODE = automatedMode;
        InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER).remove(WordTemplates.key(DocumentKind.PLAN));
    }

    private Record example() {
        return register.register().getRecords().stream().filter(Record::isExample).findFirst().orElseThrow();
    }

    @Test
    void thePlanOfARecordIsWrittenAsWord() throws Exception {
        Path file = dir.resolve("plan.docx");
        export(example(), DocumentKind.PLAN, file);

        assertEquals(List.of(), dialogsShown, "nothing went wrong");
        String text = text(file);
        assertTrue(text.startsWith(example().getTitle() + "整改方案"), text.substring(0, 40));
        assertTrue(text.contains("责任领导："), "the measures' leaders");
    }

    @Test
    void theOrganisationsTemplateIsUsedAndOneThatCannotServeIsReported() throws Exception {
        Path template = Files.writeString(dir.resolve("our-plan.docx"), "not a Word document");
        InstanceScope.INSTANCE.getNode(RectifyPreferences.QUALIFIER).put(WordTemplates.key(DocumentKind.PLAN),
                template.toString());
        Path file = dir.resolve("plan.docx");
        export(example(), DocumentKind.PLAN, file);

        assertEquals(List.of(Messages.failedTitle), dialogsShown, "the failure is shown");
        assertFalse(Files.exists(file), "nothing is written");
    }

    /** Selects the record in the navigator, runs Export Document…, answers its dialog and waits for the job. */
    private void export(Record record, DocumentKind kind, Path file) throws Exception {
        IViewPart navigator = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(RegisterNavigator.ID);
        navigator.getSite().getSelectionProvider().setSelection(new StructuredSelection(record));
        Display display = Display.getCurrent();
        boolean[] answered = { false };
        display.asyncExec(() -> {
            Shell shell = display.getActiveShell();
            assertTrue(shell != null && shell.getData() instanceof ExportDialog, "the export dialog is open");
            Button document = Widgets.descendants(shell, Button.class).filter(b -> b.getData() == kind).findFirst()
                    .orElseThrow();
            Widgets.descendants(shell, Button.class).filter(b -> b.getData() instanceof DocumentKind)
                    .forEach(b -> b.setSelection(b == document));
            document.notifyListeners(SWT.Selection, null);
            Text location = Widgets.descendants(shell, Text.class).findFirst().orElseThrow();
            assertTrue(location.getText().endsWith("整改方案.docx"),
                    "the file follows the document: " + location.getText());
            location.setText(file.toString());
            Widgets.descendants(shell, Button.class).filter(b -> (b.getStyle() & SWT.CHECK) != 0)
                    .forEach(b -> b.setSelection(false));
            Widgets.descendants(shell, Button.class)
                    .filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
                    .findFirst().orElseThrow().notifyListeners(SWT.Selection, null);
            answered[0] = true;
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
        assertTrue(answered[0], "the dialog was answered");
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                Shell shell = display.getActiveShell();
                if (shell != null && shell.getData() instanceof ErrorDialog dialog) {
                    dialogsShown.add(shell.getText());
                    ((Dialog) dialog).close();
                }
                if (!display.isDisposed()) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(100, closer);
        try {
            Events.until("the export ends", Duration.ofSeconds(60),
                    () -> Arrays.stream(Job.getJobManager().find(null)).noneMatch(ExportJob.class::isInstance));
            long settled = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            Events.until("what the export shows", Duration.ofSeconds(5), () -> System.nanoTime() > settled);
        } finally {
            display.timerExec(-1, closer);
        }
    }

    private static String text(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            return text.toString();
        }
    }

}
