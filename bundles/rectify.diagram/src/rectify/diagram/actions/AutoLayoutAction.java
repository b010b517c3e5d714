package rectify.diagram.actions;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.actions.WorkbenchPartAction;
import org.eclipse.ui.IWorkbenchPart;

import rectify.diagram.Messages;

/** Arranges the diagram anew with ELK, leaving pinned nodes where they are; one undoable command. */
public final class AutoLayoutAction extends WorkbenchPartAction {

    /** @param part a part that adapts to its {@link GraphicalViewer} */
    public AutoLayoutAction(IWorkbenchPart part) {
        super(part);
        setId(ActionIds.AUTO_LAYOUT);
        setText(Messages.actionAutoLayout);
        setToolTipText(Messages.actionAutoLayoutTip);
        setImageDescriptor(Icons.descriptor("layout.png"));
    }

    @Override
    protected boolean calculateEnabled() {
        GraphicalViewer viewer = viewer();
        return viewer != null && viewer.getContents() != null && !viewer.getContents().getChildren().isEmpty();
    }

    @Override
    public void run() {
        execute(Arrangement.command(viewer()));
    }

    private GraphicalViewer viewer() {
        return getWorkbenchPart().getAdapter(GraphicalViewer.class);
    }
}
