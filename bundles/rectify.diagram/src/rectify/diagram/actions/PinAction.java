package rectify.diagram.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;

import rectify.chain.commands.LayoutCommands;
import rectify.chain.layout.Bounds;
import rectify.chain.view.Diagram;
import rectify.diagram.Messages;
import rectify.diagram.commands.GefCommand;
import rectify.model.ChainElement;
import rectify.model.NodeLayout;

/**
 * Pins the selected nodes where they are, so that auto-layout leaves them there; when all of
 * them are pinned already, unpins them.
 */
public final class PinAction extends SelectionAction {

    /** @param part the diagram editor */
    public PinAction(IWorkbenchPart part) {
        super(part);
        setId(ActionIds.PIN);
        setText(Messages.actionPin);
        setToolTipText(Messages.actionPinTip);
        setImageDescriptor(Icons.descriptor("pin.png"));
    }

    @Override
    protected boolean calculateEnabled() {
        boolean any = false;
        boolean allPinned = true;
        for (Object selected : getSelectedObjects()) {
            if (selected instanceof EditPart part && part.getModel() instanceof ChainElement element) {
                NodeLayout layout = diagram(part).layoutOf(element);
                any = true;
                allPinned &= layout != null && layout.isPinned();
            }
        }
        setText(any && allPinned ? Messages.actionUnpin : Messages.actionPin);
        return any;
    }

    @Override
    public void run() {
        Map<ChainElement, Bounds> bounds = new LinkedHashMap<>();
        Diagram diagram = null;
        boolean allPinned = true;
        for (Object selected : getSelectedObjects()) {
            if (selected instanceof EditPart part && part.getModel() instanceof ChainElement element) {
                diagram = diagram(part);
                NodeLayout layout = diagram.layoutOf(element);
                allPinned &= layout != null && layout.isPinned();
                bounds.put(element, diagram.boundsOf(element));
            }
        }
        if (diagram != null) {
            execute(new GefCommand(LayoutCommands.pin(diagram.domain(), diagram.review(), bounds, !allPinned)));
        }
    }

    private static Diagram diagram(EditPart part) {
        return (Diagram) part.getViewer().getContents().getModel();
    }
}
