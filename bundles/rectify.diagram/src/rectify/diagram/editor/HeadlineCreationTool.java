package rectify.diagram.editor;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.tools.CreationTool;

/** Creates a node and then lets the user type its headline in place. */
public final class HeadlineCreationTool extends CreationTool {

    @Override
    protected void performCreation(int button) {
        EditPartViewer viewer = getCurrentViewer();
        Object created = getCreateRequest().getNewObject();
        super.performCreation(button);
        if (viewer.getEditPartRegistry().get(created) instanceof EditPart part) {
            // after the tool has finished with the mouse
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (part.isActive()) {
                    part.performRequest(new Request(RequestConstants.REQ_DIRECT_EDIT));
                }
            });
        }
    }
}
