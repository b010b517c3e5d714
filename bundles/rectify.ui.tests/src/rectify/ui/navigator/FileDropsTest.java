package rectify.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.samples.Samples;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/**
 * Files dropped on the navigator from a file manager: registers open, documents go to the import
 * command (here, without the import bundle, the user is told it is missing).
 */
class FileDropsTest {

    @TempDir
    Path dir;

    private OpenRegister opened;

    @AfterEach
    void close() {
        if (opened != null) {
            OpenRegisters.get().close(opened);
        }
    }

    private static IWorkbenchWindow window() {
        return page().getWorkbenchWindow();
    }

    @Test
    void aDroppedRegisterOpensAndIsSelectedInTheNavigator() throws IOException {
        Path file = Samples.copySampleRegister(dir.resolve("dropped.rectify"));
        FileDrops.drop(window(), List.of(file), null);

        opened = OpenRegisters.get().registers().stream()
                .filter(r -> r.file().equals(file.toAbsolutePath().normalize()))
                .findFirst().orElse(null);
        assertNotNull(opened, "the dropped register is open");
        RegisterNavigator navigator = (RegisterNavigator) page().findView(RegisterNavigator.ID);
        IStructuredSelection selection = (IStructuredSelection) navigator.getSite().getSelectionProvider()
                .getSelection();
        assertEquals(opened.register(), selection.getFirstElement());
    }

    @Test
    void aDroppedDocumentWithoutTheImportBundleIsExplainedNamingTheFile() throws IOException {
        Path document = Files.writeString(dir.resolve("material.txt"), "一、存在的主要问题\n");
        String[] shown = new String[1];
        Display display = Display.getCurrent();
        display.asyncExec(() -> {
            Shell dialog = display.getActiveShell();
            if (dialog != null && dialog.getData() instanceof MessageDialog message) {
                shown[0] = dialog.getText() + ": " + texts(dialog);
                message.close();
            }
        });
        FileDrops.drop(window(), List.of(document), null);
        assertNotNull(shown[0], "no message was shown");
        assertTrue(shown[0].contains(document.toString()), shown[0]);
        assertTrue(shown[0].contains(Messages.dropTitle), shown[0]);
    }

    /** @return the texts of the labels in a control, one after the other */
    private static String texts(Control control) {
        if (control instanceof Label label) {
            return label.getText();
        }
        StringBuilder texts = new StringBuilder();
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts.append(texts(child)).append(' ');
            }
        }
        return texts.toString();
    }
}
