package rectify.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Register;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** The New Register wizard, filled in as a user does. */
class NewRegisterWizardTest {

    @TempDir
    Path folder;

    /** Opens the wizard and types into its fields: folder, file name, organization, fonds code. */
    private static WizardDialog open(NewRegisterWizard wizard, String... values) {
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        List<Text> fields = texts(wizard.getStartingPage().getControl());
        assertEquals(4, fields.size(), "fields of the page");
        for (int i = 0; i < values.length; i++) {
            fields.get(i).setText(values[i]);
        }
        return dialog;
    }

    private static List<Text> texts(Control control) {
        if (control instanceof Text text) {
            return List.of(text);
        }
        return control instanceof Composite composite
                ? Arrays.stream(composite.getChildren()).flatMap(child -> texts(child).stream()).toList()
                : List.of();
    }

    @Test
    void createsARegisterFileThatRegisterFilesReadsAndOpensIt() throws Exception {
        NewRegisterWizard wizard = new NewRegisterWizard();
        WizardDialog dialog = open(wizard, folder.resolve("新建").toString(), "党委记录", "中共XX省XX厅委员会", "X001");
        try {
            assertTrue(wizard.canFinish(), "the wizard cannot finish: " + wizard.getStartingPage().getErrorMessage());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Path file = folder.resolve("新建").resolve("党委记录.rectify");
        assertTrue(Files.isRegularFile(file), "no file " + file);
        Register read = RegisterFiles.load(file);
        assertEquals("中共XX省XX厅委员会", read.getOrganizationName());
        assertEquals("X001", read.getFondsCode());
        assertTrue(read.getRecords().isEmpty());
        OpenRegister open = OpenRegisters.get().registers().stream().filter(r -> r.file().equals(file)).findFirst()
                .orElse(null);
        assertNotNull(open, "the new register is not open");
        OpenRegisters.get().close(open);
    }

    @Test
    void refusesAFileThatExists() throws Exception {
        Files.writeString(folder.resolve("有了.rectify"), "x");
        NewRegisterWizard wizard = new NewRegisterWizard();
        WizardDialog dialog = open(wizard, folder.toString(), "有了");
        try {
            assertFalse(wizard.canFinish());
            assertTrue(wizard.getStartingPage().getErrorMessage().contains("已经存在"),
                    wizard.getStartingPage().getErrorMessage());
        } finally {
            dialog.close();
        }
    }
}
