package rectify.diagram.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

/** Deletes problems, causes and measures with their links (see {@link DeleteSelection}). */
public final class ElementDeletePolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        return DeleteSelection.of(getHost(), request);
    }
}
