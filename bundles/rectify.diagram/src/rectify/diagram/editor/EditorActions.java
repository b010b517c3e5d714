package rectify.diagram.editor;

import java.util.List;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.AlignmentAction;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.MatchHeightAction;
import org.eclipse.gef.ui.actions.MatchWidthAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;

import rectify.diagram.Messages;
import rectify.diagram.actions.AutoLayoutAction;
import rectify.diagram.actions.ExportAction;
import rectify.diagram.actions.PinAction;

/** The actions of the diagram editor, in the user's language, and their keys. */
final class EditorActions {

    private EditorActions() {
    }

    /**
     * Adds the diagram's actions to those GEF's editor made (undo, redo, select all, delete,
     * save, print). GEF names its own actions; {@code rectify.gef.compat} gives them Chinese names.
     */
    static void create(IWorkbenchPart editor, ActionRegistry registry, List<String> selectionActions,
            List<String> stackActions) {
        selection(registry, selectionActions, text(new DirectEditAction(editor), Messages.actionDirectEdit));
        selection(registry, selectionActions, new PinAction(editor));
        for (int alignment : new int[] { PositionConstants.LEFT, PositionConstants.CENTER, PositionConstants.RIGHT,
                PositionConstants.TOP, PositionConstants.MIDDLE, PositionConstants.BOTTOM }) {
            selection(registry, selectionActions, new AlignmentAction(editor, alignment));
        }
        selection(registry, selectionActions, new MatchWidthAction(editor));
        selection(registry, selectionActions, new MatchHeightAction(editor));
        for (IAction action : new IAction[] { new AutoLayoutAction(editor),
                new ExportAction(editor, ExportAction.Format.PNG),
                new ExportAction(editor, ExportAction.Format.SVG) }) {
            registry.registerAction(action);
            stackActions.add(action.getId());
        }
    }

    /** Adds zooming in and out, which need the viewer's zoom manager. */
    static void createZoom(ActionRegistry registry, ZoomManager zoom) {
        registry.registerAction(new ZoomInAction(zoom));
        registry.registerAction(new ZoomOutAction(zoom));
    }

    /**
     * @return the keys of the diagram: arrows move among nodes (with Alt among links), Delete
     *         deletes, F2 edits the headline, Ctrl+= and Ctrl+- zoom
     */
    static KeyHandler keys(GraphicalViewer viewer, ActionRegistry registry) {
        KeyHandler keys = new KeyHandler();
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), registry.getAction(ActionFactory.DELETE.getId()));
        keys.put(KeyStroke.getPressed(SWT.F2, 0), registry.getAction(GEFActionConstants.DIRECT_EDIT));
        keys.put(KeyStroke.getPressed('=', '=', SWT.MOD1), registry.getAction(GEFActionConstants.ZOOM_IN));
        keys.put(KeyStroke.getPressed('+', '+', SWT.MOD1), registry.getAction(GEFActionConstants.ZOOM_IN));
        keys.put(KeyStroke.getPressed('-', '-', SWT.MOD1), registry.getAction(GEFActionConstants.ZOOM_OUT));
        return new GraphicalViewerKeyHandler(viewer).setParent(keys);
    }

    private static void selection(ActionRegistry registry, List<String> selectionActions, IAction action) {
        registry.registerAction(action);
        selectionActions.add(action.getId());
    }

    private static <A extends IAction> A text(A action, String text) {
        action.setText(text);
        action.setToolTipText(text.replace("&", "").replace("…", ""));
        return action;
    }
}
