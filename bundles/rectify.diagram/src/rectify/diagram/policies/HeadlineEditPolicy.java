package rectify.diagram.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import rectify.chain.commands.ChainCommands;
import rectify.chain.view.Diagram;
import rectify.diagram.commands.GefCommand;
import rectify.model.ChainElement;

/** Sets a headline edited in place; line breaks become spaces, and an empty headline is refused. */
public final class HeadlineEditPolicy extends DirectEditPolicy {

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        Object value = request.getCellEditor().getValue();
        ChainElement element = (ChainElement) getHost().getModel();
        String headline = value == null ? "" : value.toString().replaceAll("\\s*\\R\\s*", " ").strip();
        if (headline.isEmpty() || headline.equals(element.getHeadline())) {
            return null;
        }
        Diagram diagram = Hosts.diagram(getHost());
        return new GefCommand(ChainCommands.rename(diagram.domain(), element, headline));
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // the field over the headline shows the text being edited
    }
}
