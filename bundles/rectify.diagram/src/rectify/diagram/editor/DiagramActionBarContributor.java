package rectify.diagram.editor;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.AlignmentRetargetAction;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.MatchHeightRetargetAction;
import org.eclipse.gef.ui.actions.MatchWidthRetargetAction;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.RetargetAction;

import rectify.diagram.Messages;
import rectify.diagram.actions.ActionIds;

/**
 * Connects the active diagram editor's actions to the workbench: Undo, Redo, Delete, Select
 * All and Print of the main menu, and a Diagram menu with zoom, alignment, layout and export.
 */
public final class DiagramActionBarContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        addRetargetAction(new UndoRetargetAction());
        addRetargetAction(new RedoRetargetAction());
        addRetargetAction(new DeleteRetargetAction());
        addRetargetAction(new ZoomInRetargetAction());
        addRetargetAction(new ZoomOutRetargetAction());
        addRetargetAction(new AlignmentRetargetAction(PositionConstants.LEFT));
        addRetargetAction(new AlignmentRetargetAction(PositionConstants.CENTER));
        addRetargetAction(new AlignmentRetargetAction(PositionConstants.RIGHT));
        addRetargetAction(new AlignmentRetargetAction(PositionConstants.TOP));
        addRetargetAction(new AlignmentRetargetAction(PositionConstants.MIDDLE));
        addRetargetAction(new AlignmentRetargetAction(PositionConstants.BOTTOM));
        addRetargetAction(new MatchWidthRetargetAction());
        addRetargetAction(new MatchHeightRetargetAction());
        addRetargetAction(new RetargetAction(ActionIds.AUTO_LAYOUT, Messages.actionAutoLayout));
        addRetargetAction(new RetargetAction(ActionIds.PIN, Messages.actionPin));
        addRetargetAction(new RetargetAction(ActionIds.EXPORT_PNG, Messages.actionExportPng));
        addRetargetAction(new RetargetAction(ActionIds.EXPORT_SVG, Messages.actionExportSvg));
        addRetargetAction(new RetargetAction(ActionFactory.PRINT.getId(), Messages.actionPrint));
    }

    @Override
    protected void declareGlobalActionKeys() {
        addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
    }

    @Override
    public void contributeToMenu(IMenuManager menuBar) {
        MenuManager diagram = new MenuManager(Messages.menuDiagram, "rectify.diagram.menu");
        diagram.add(getAction(GEFActionConstants.ZOOM_IN));
        diagram.add(getAction(GEFActionConstants.ZOOM_OUT));
        diagram.add(new Separator());
        diagram.add(getAction(ActionIds.AUTO_LAYOUT));
        diagram.add(getAction(ActionIds.PIN));
        diagram.add(DiagramContextMenu.alignMenu(getActionRegistry()));
        diagram.add(new Separator());
        diagram.add(getAction(ActionIds.EXPORT_PNG));
        diagram.add(getAction(ActionIds.EXPORT_SVG));
        diagram.add(getAction(ActionFactory.PRINT.getId()));
        if (menuBar.find(IWorkbenchActionConstants.MB_ADDITIONS) != null) {
            menuBar.insertAfter(IWorkbenchActionConstants.MB_ADDITIONS, diagram);
        } else {
            menuBar.add(diagram);
        }
    }
}
