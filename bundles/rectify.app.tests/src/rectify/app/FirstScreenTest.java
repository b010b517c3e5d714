package rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import rectify.start.StartPage;
import rectify.testing.Events;
import rectify.ui.editors.RegisterElementInput;

/**
 * What a new user sees first (-nl zh_CN): the start page, which fills in once the sample register
 * is read in the background, with what is due, the records still open and the next steps.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstScreenTest {

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        Events.until(what, Duration.ofSeconds(10), condition);
    }

    private static List<Control> controls(Control control) {
        List<Control> all = new ArrayList<>(List.of(control));
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                all.addAll(controls(child));
            }
        }
        return all;
    }

    /** @return the start page the product opened on start (other tests may have opened editors since) */
    private static IEditorPart startPage() {
        waitUntil("the start page is open", () -> Arrays.stream(page().getEditorReferences())
                .anyMatch(reference -> StartPage.ID.equals(reference.getId())));
        return Arrays.stream(page().getEditorReferences()).filter(reference -> StartPage.ID.equals(reference.getId()))
                .findFirst().orElseThrow().getEditor(true);
    }

    /** @return the texts the start page shows: of its links and labels that have a size on the screen */
    private static List<String> texts(IEditorPart startPage) {
        return controls(startPage.getAdapter(Control.class)).stream().filter(FirstScreenTest::shown)
                .map(control -> switch (control) {
                    case Hyperlink link -> link.getText();
                    case Label label -> label.getText();
                    default -> "";
                }).filter(text -> !text.isEmpty()).toList();
    }

    /** @return whether a control is on the screen: visible, of some size and inside each of its parents */
    private static boolean shown(Control control) {
        for (Control c = control; c.getParent() != null && !(c instanceof Shell); c = c.getParent()) {
            Rectangle bounds = c.getBounds();
            if (!c.isVisible() || bounds.width <= 0 || bounds.height <= 0
                    || !bounds.intersects(c.getParent().getClientArea())) {
                return false;
            }
        }
        return true;
    }

    @Test
    @Order(1)
    void theStartPageSaysWhatIsOpenAndWhatToDoNext() {
        IEditorPart start = startPage();
        Started.registersOpen();
        waitUntil("the start page shows the records", () -> texts(start).contains("2021年度党员领导干部民主生活会"));
        List<String> texts = texts(start);

        assertEquals("首页", start.getTitle());
        assertTrue(texts.contains("看一看示例记录"), texts.toString());
        assertTrue(texts.contains("导入文档（Word、PDF 或文本）……"), texts.toString());
        assertTrue(texts.contains("新建会议……"), texts.toString());
        assertTrue(texts.contains("已召开 · 问题 15 个 · 整改措施 12 条，已完成 0 条 · 闭环检查：64 个错误"), texts.toString());
    }

    @Test
    @Order(2)
    void followingTheExampleLinkOpensTheWorkedExampleAndItsOutline() {
        IEditorPart start = startPage();
        Started.registersOpen();
        waitUntil("the start page offers the example", () -> texts(start).contains("看一看示例记录"));
        Hyperlink example = controls(start.getAdapter(Control.class)).stream()
                .filter(control -> control instanceof Hyperlink link && link.getText().equals("看一看示例记录"))
                .map(Hyperlink.class::cast).findFirst().orElseThrow();

        Event enter = new Event();
        enter.character = '\r';
        example.notifyListeners(SWT.KeyDown, enter);
        waitUntil("the example opens", () -> page().getActiveEditor() != null
                && page().getActiveEditor().getEditorInput() instanceof RegisterElementInput);

        RegisterElementInput input = (RegisterElementInput) page().getActiveEditor().getEditorInput();
        assertTrue(input.getName().endsWith("（示例）"), input.getName());
        assertTrue(page().findView(IPageLayout.ID_OUTLINE) != null, "the outline shows beside the record");
        page().closeEditor(page().getActiveEditor(), false);
    }
}
