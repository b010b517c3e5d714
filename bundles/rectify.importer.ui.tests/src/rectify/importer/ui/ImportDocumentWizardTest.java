package rectify.importer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.model.Meeting;
import rectify.model.Record;
import rectify.samples.Samples;
import rectify.testing.SampleDocuments;
import rectify.ui.navigator.FileDrops;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** The import wizard in the workbench, driven through its pages as a user does. */
class ImportDocumentWizardTest {

    private static final Path SAMPLE = SampleDocuments.sample("docx");

    @TempDir
    Path dir;

    private OpenRegister register;
    private WizardDialog dialog;

    @BeforeEach
    void openACopyOfTheSampleRegister() throws IOException {
        register = OpenRegisters.get().open(Samples.copySampleRegister(dir.resolve("register.rectify")));
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        OpenRegisters.get().close(register);
    }

    private ImportDocumentWizard open(Path document) {
        ImportDocumentWizard wizard = new ImportDocumentWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(register.register()));
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        find(wizard.getPage("document").getControl(), Text.class).get(0).setText(document.toAbsolutePath().toString());
        return wizard;
    }

    private static Button button(Shell shell, int id) {
        return find(shell, Button.class).stream().filter(b -> b.getData() instanceof Integer data && data == id)
                .findFirst()
                .orElseThrow();
    }

    private static <T extends Control> List<T> find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return List.of(type.cast(control));
        }
        return control instanceof Composite composite
                ? Arrays.stream(composite.getChildren()).flatMap(child -> find(child, type).stream()).toList()
                : List.of();
    }

    private IWizardPage review(ImportDocumentWizard wizard) {
        IWizardPage documentPage = wizard.getPage("document");
        assertTrue(documentPage.isPageComplete(), documentPage.getErrorMessage());
        IWizardPage review = documentPage.getNextPage();
        dialog.showPage(review);
        return review;
    }

    @Test
    void showsWhatWasRecognisedThenAddsTheRecordAsOneUndoableCommand() {
        int records = register.register().getRecords().size();
        ImportDocumentWizard wizard = open(SAMPLE);
        IWizardPage review = review(wizard);
        assertTrue(review.isPageComplete(), review.getErrorMessage());
        Tree findings = find(review.getControl(), Tree.class).get(0);
        assertEquals(4, findings.getItemCount(), "recognised, inferred, not placed, in the register");
        assertEquals(2, findings.getItem(1).getItemCount(), "the two missing labels");
        assertEquals(0, findings.getItem(2).getItemCount(), "nothing left unplaced");
        assertTrue(wizard.canFinish());
        assertTrue(button(dialog.getShell(), IDialogConstants.FINISH_ID).isEnabled(),
                "Finish is enabled on the review page");

        assertTrue(wizard.performFinish());
        assertEquals(records + 1, register.register().getRecords().size());
        Record added = register.register().getRecords().get(records);
        assertEquals(List.of(5, 15, 5, 4, 12),
                List.of(added.getAspectCount(), added.getProblemCount(), added.getCauseCount(),
                        added.getDirectionCount(), added.getMeasureCount()));
        Meeting handMade = (Meeting) register.register().getRecords().get(0);
        assertSame(handMade.getBasisNotice(), ((Meeting) added).getBasisNotice(), "the register's own notice");
        assertTrue(register.isDirty(), "saved with File › Save");

        register.domain().getCommandStack().undo();
        assertEquals(records, register.register().getRecords().size());
        assertFalse(register.isDirty());
    }

    @Test
    void aProgressReportBringsItsLeadersAndUnitsInTheSameUndoableCommand() throws IOException {
        Path report = Files.writeString(dir.resolve("进展报告.txt"), String.join("\n", "关于区委第一巡察组反馈意见整改进展情况的报告",
                "2024年3月，区委第一巡察组对我局开展了巡察。现将整改进展情况报告如下。", "一、巡察反馈问题整改进展情况",
                "（一）关于作风建设方面的问题", "1.调查研究不够深入。班子成员到基层调研次数偏少。",
                "整改措施：一是制定班子成员基层联系点制度；二是每季度开展一次专题调研。", "整改进展：已完成。联系点制度已印发。",
                "责任领导：邱XX", "责任单位：办公室", "完成时限：2024年6月底", "二、下一步工作打算", "持续巩固整改成果。"));
        int people = register.register().getPeople().size();
        int units = register.register().getUnits().size();
        ImportDocumentWizard wizard = open(report);
        assertTrue(review(wizard).isPageComplete());
        assertTrue(wizard.performFinish());
        Record added = register.register().getRecords().get(register.register().getRecords().size() - 1);
        var measures = added.getReview().getDirections().get(0).getMeasures();
        assertEquals(2, measures.size());
        assertTrue(measures.stream().allMatch(m -> m.getStatus() == rectify.model.MeasureStatus.DONE
                && m.getResponsibleLeader().eContainer() == register.register()
                && m.getResponsibleUnit().eContainer() == register.register()
                && m.getProblems().equals(added.getReview().getAspects().get(0).getProblems())));
        assertEquals(people + 1, register.register().getPeople().size());
        assertEquals(units, register.register().getUnits().size(), "the register's own 办公室 is the unit");
        assertEquals("办公室", measures.get(0).getResponsibleUnit().getName());

        register.domain().getCommandStack().undo();
        assertEquals(List.of(people, units),
                List.of(register.register().getPeople().size(), register.register().getUnits().size()));
    }

    /** Cancels the wizard the next time the event loop runs, noting the document and register it shows. */
    private static String[] cancelWhenShown(Display display) {
        String[] shown = new String[2];
        display.asyncExec(() -> {
            Shell wizard = display.getActiveShell();
            if (wizard != null && wizard.getData() instanceof WizardDialog) {
                shown[0] = find(wizard, Text.class).get(0).getText();
                shown[1] = find(wizard, Combo.class).get(0).getText();
                button(wizard, IDialogConstants.CANCEL_ID).notifyListeners(SWT.Selection, new Event());
            }
        });
        return shown;
    }

    @Test
    void openedForADroppedDocumentWithItsRegisterChosen() {
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        String[] shown = cancelWhenShown(parent.getDisplay());
        assertFalse(ImportDocumentWizard.open(parent, SAMPLE, register), "cancelled");
        assertEquals(SAMPLE.toString(), shown[0]);
        assertTrue(shown[1].startsWith("register.rectify"), shown[1]);
    }

    @Test
    void theCommandWithADocumentAndARegisterOpensTheWizardForThem() throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getService(IHandlerService.class);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        String[] shown = cancelWhenShown(PlatformUI.getWorkbench().getDisplay());
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(ImportHandler.COMMAND),
                Map.of(ImportHandler.DOCUMENT, SAMPLE.toString(), ImportHandler.REGISTER, register.file().toString())),
                null);
        assertEquals(SAMPLE.toString(), shown[0]);
        assertTrue(shown[1].startsWith("register.rectify"), shown[1]);
    }

    @Test
    void aDocumentDroppedOnTheNavigatorOpensTheWizardForTheRegisterDroppedOn() {
        String[] shown = cancelWhenShown(PlatformUI.getWorkbench().getDisplay());
        FileDrops.drop(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), List.of(SAMPLE), register);
        assertEquals(SAMPLE.toString(), shown[0]);
        assertTrue(shown[1].startsWith("register.rectify"), shown[1]);
    }

    @Test
    void aDocumentThatCannotBeReadIsReportedOnTheReviewPage() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(3).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.docx"), garbage);
        ImportDocumentWizard wizard = open(file);
        IWizardPage review = review(wizard);
        assertFalse(review.isPageComplete());
        assertNotNull(review.getErrorMessage());
        assertTrue(review.getErrorMessage().contains("garbage.docx"), review.getErrorMessage());
        assertFalse(wizard.canFinish());
    }
}
