package rectify.diagram.editor;

import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.actions.ActionFactory;

import rectify.diagram.Messages;
import rectify.diagram.actions.ActionIds;

/** The diagram's context menu: undo and redo, edit, align, layout and zoom, export and print. */
final class DiagramContextMenu extends ContextMenuProvider {

    private final ActionRegistry registry;

    DiagramContextMenu(EditPartViewer viewer, ActionRegistry registry) {
        super(viewer);
        this.registry = registry;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId(), ActionFactory.REDO.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT, ActionFactory.DELETE.getId(),
                ActionIds.PIN, ActionFactory.SELECT_ALL.getId());
        menu.appendToGroup(GEFActionConstants.GROUP_EDIT, alignMenu(registry));
        add(menu, GEFActionConstants.GROUP_VIEW, ActionIds.AUTO_LAYOUT, GEFActionConstants.ZOOM_IN,
                GEFActionConstants.ZOOM_OUT);
        add(menu, GEFActionConstants.GROUP_PRINT, ActionIds.EXPORT_PNG, ActionIds.EXPORT_SVG,
                ActionFactory.PRINT.getId());
    }

    /** @return the align submenu of the registry's alignment actions */
    static MenuManager alignMenu(ActionRegistry registry) {
        MenuManager align = new MenuManager(Messages.menuAlign);
        for (String id : new String[] { GEFActionConstants.ALIGN_LEFT, GEFActionConstants.ALIGN_CENTER,
                GEFActionConstants.ALIGN_RIGHT, GEFActionConstants.ALIGN_TOP, GEFActionConstants.ALIGN_MIDDLE,
                GEFActionConstants.ALIGN_BOTTOM, GEFActionConstants.MATCH_WIDTH, GEFActionConstants.MATCH_HEIGHT }) {
            align.add(registry.getAction(id));
        }
        return align;
    }

    private void add(IMenuManager menu, String group, String... ids) {
        for (String id : ids) {
            menu.appendToGroup(group, registry.getAction(id));
        }
    }
}
