package rectify.diagram.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

/** Removes links (see {@link DeleteSelection}). */
public final class LinkDeletePolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        return DeleteSelection.of(getHost(), request);
    }
}
