package rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import rectify.ui.RecordsPerspective;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** The product's workbench as a user first sees it, in Chinese (-nl zh_CN, see pom.xml). */
class WorkbenchStartTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window is open");
        return window;
    }

    @Test
    void opensOnTheRecordsPerspective() {
        assertEquals(RecordsPerspective.ID, window().getActivePage().getPerspective().getId());
    }

    @Test
    void windowIsTitledWithTheProductName() {
        assertEquals("rectify.app.product", Platform.getProduct().getId());
        assertEquals(Platform.getProduct().getName(), window().getShell().getText());
    }

    @Test
    void firstStartOpensTheSampleRegisterInTheNavigator() {
        Started.registersOpen();
        IViewPart navigator = window().getActivePage().findView(RegisterNavigator.ID);
        assertNotNull(navigator, "the register navigator is not shown");
        Path copy = Path.of(System.getProperty("user.home"), "Rectify", "sample-register.rectify");
        assertTrue(Files.isRegularFile(copy), "no user copy of the sample at " + copy);
        List<OpenRegister> open = OpenRegisters.get().registers();
        assertEquals(1, open.size());
        assertEquals(copy, open.get(0).file());
        Tree tree = (Tree) navigator.getAdapter(Control.class);
        assertNotNull(tree, "the navigator gives no tree");
        assertTrue(tree.getItemCount() == 1 && tree.getItem(0).getItemCount() > 0, "the register shows no records");
    }

    @Test
    void speaksChineseUnderZhCn() {
        assertEquals("zh_CN", Platform.getNL());
        assertEquals("整改通", Platform.getProduct().getName());
        assertEquals("记录", window().getActivePage().getPerspective().getLabel());
        assertEquals("文件(&F)", Messages.menuFile);
    }

    @Test
    void aboutDialogShowsProductNameAndVersion() {
        AboutDialog about = new AboutDialog(window().getShell());
        about.setBlockOnOpen(false);
        about.open();
        try {
            Shell shell = about.getShell();
            String version = Platform.getProduct().getDefiningBundle().getVersion().toString();
            assertTrue(shell.getText().contains(Platform.getProduct().getName()), shell.getText());
            assertTrue(labels(shell).anyMatch(text -> text.contains(version)), "no label shows " + version);
        } finally {
            about.close();
        }
    }

    private static Stream<String> labels(Control control) {
        if (control instanceof Label label) {
            return Stream.of(label.getText());
        }
        if (control instanceof Composite composite) {
            return Arrays.stream(composite.getChildren()).flatMap(WorkbenchStartTest::labels);
        }
        return Stream.empty();
    }
}
