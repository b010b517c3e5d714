package rectify.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rectify.chain.view.Diagram;
import rectify.diagram.actions.ActionIds;
import rectify.model.Cause;
import rectify.model.Record;
import rectify.model.Review;
import rectify.ui.editors.RegisterElementInput;

/** The diagram editor in the workbench: opening it, its views, zoom and menus. */
class DiagramEditorTest {

    private SampleRegister sample;

    @BeforeEach
    void open() throws Exception {
        sample = SampleRegister.open();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private IEditorPart runOpenCommand(Object selected) throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Command open = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("rectify.diagram.open");
        IEvaluationContext context = handlers.createContextSnapshot(false);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(selected));
        handlers.executeCommandInContext(new ParameterizedCommand(open, null), null, context);
        UI.flush();
        return SampleRegister.page().getActiveEditor();
    }

    @Test
    void opensFromARecordOrAnythingInItsReview() throws Exception {
        Record record = sample.record(SampleRegister.EXAMPLE);
        IEditorPart editor = runOpenCommand(record);
        assertTrue(editor instanceof DiagramEditor, "the open command opens the diagram");
        assertSame(record.getReview(), ((Diagram) editor.getAdapter(Diagram.class)).review());
        assertEquals("2025年度党员领导干部民主生活会（示例）：关系图", editor.getTitle());

        Cause cause = record.getReview().getCauses().get(0);
        assertSame(editor, runOpenCommand(cause), "one editor per review");
        assertEquals(1, Arrays.stream(SampleRegister.page().getEditorReferences())
                .filter(r -> DiagramEditor.ID.equals(r.getId())).count());
    }

    @Test
    void opensOnTheInputOfARecord() throws Exception {
        Record record = sample.record(SampleRegister.MEETING);
        IEditorPart editor = SampleRegister.page().openEditor(
                new RegisterElementInput(sample.register, record, record.getTitle()), DiagramEditor.ID);
        UI.flush();
        assertSame(record.getReview(), ((Diagram) editor.getAdapter(Diagram.class)).review());
    }

    @Test
    void closesWithItsRegister() throws Exception {
        sample.openDiagram(SampleRegister.EXAMPLE);
        sample.closeRegister();
        assertFalse(Stream.of(SampleRegister.page().getEditorReferences())
                .anyMatch(r -> DiagramEditor.ID.equals(r.getId())));
    }

    @Test
    void zoomsByMenuComboAndCtrlWheel() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        ZoomManager zoom = (ZoomManager) diagram.editor.getAdapter(ZoomManager.class);
        assertEquals(1.0, zoom.getZoom());
        diagram.action(GEFActionConstants.ZOOM_IN).run();
        assertEquals(1.25, zoom.getZoom());
        diagram.action(GEFActionConstants.ZOOM_OUT).run();
        assertSame(MouseWheelZoomHandler.SINGLETON,
                diagram.viewer.getProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1)));
        Event wheel = new Event();
        wheel.stateMask = SWT.MOD1;
        wheel.count = 3;
        wheel.doit = true;
        diagram.viewer.getControl().notifyListeners(SWT.MouseWheel, wheel);
        assertTrue(zoom.getZoom() > 1.0, "Ctrl + wheel zooms in");
        zoom.setZoomAsText(ZoomManager.FIT_ALL);
        assertTrue(zoom.getZoom() < 1.0);
    }

    @Test
    void hasAnOverviewAndProperties() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        Shell shell = new Shell(diagram.viewer.getControl().getShell());
        try {
            IContentOutlinePage outline = (IContentOutlinePage) diagram.editor.getAdapter(IContentOutlinePage.class);
            outline.createControl(shell);
            assertTrue(outline.getControl() instanceof Canvas, "the overview is drawn");
            Cause cause = sample.review(SampleRegister.EXAMPLE).getCauses().get(0);
            outline.setSelection(new StructuredSelection(diagram.part(cause)));
            assertEquals(diagram.part(cause), diagram.viewer.getSelectedEditParts().get(0),
                    "the overview selects in the diagram");
            outline.dispose();

            IPropertySheetPage properties = (IPropertySheetPage) diagram.editor.getAdapter(IPropertySheetPage.class);
            properties.createControl(shell);
            properties.selectionChanged(diagram.editor, new StructuredSelection(diagram.part(cause)));
            UI.flush();
            Tree tree = (Tree) properties.getControl();
            assertTrue(texts(tree.getItems()).anyMatch(cause.getHeadline()::equals),
                    "the Properties view shows the element");
            properties.dispose();
        } finally {
            shell.dispose();
        }
    }

    private static Stream<String> texts(TreeItem[] items) {
        return Arrays.stream(items).flatMap(item -> {
            item.setExpanded(true);
            return Stream.concat(Stream.of(item.getText(0), item.getText(1)), texts(item.getItems()));
        });
    }

    @Test
    void hasAContextMenuWithLayoutExportAndAlignment() throws Exception {
        Diagrams diagram = new Diagrams(sample.openDiagram(SampleRegister.EXAMPLE));
        MenuManager menu = diagram.viewer.getContextMenu();
        menu.removeAll();
        ((ContextMenuProvider) menu).buildContextMenu(menu);
        for (String id : new String[] { ActionIds.AUTO_LAYOUT, ActionIds.EXPORT_PNG, ActionIds.EXPORT_SVG,
                ActionIds.PIN,
                GEFActionConstants.DIRECT_EDIT, GEFActionConstants.ZOOM_IN }) {
            assertNotNull(menu.find(id), id);
        }
        assertTrue(Arrays.stream(menu.getItems()).anyMatch(DiagramEditorTest::isAlignMenu), "an align menu");
        Review review = sample.review(SampleRegister.EXAMPLE);
        diagram.viewer.setSelection(new StructuredSelection(new Object[] {
                diagram.part(review.getCauses().get(0)), diagram.part(review.getCauses().get(1)) }));
        UI.flush();
        diagram.action(GEFActionConstants.ALIGN_LEFT).run();
        assertEquals(diagram.diagram.layoutOf(review.getCauses().get(0)).getX(),
                diagram.diagram.layoutOf(review.getCauses().get(1)).getX());
    }

    private static boolean isAlignMenu(IContributionItem item) {
        return item instanceof MenuManager submenu && submenu.find(GEFActionConstants.ALIGN_LEFT) != null;
    }
}
