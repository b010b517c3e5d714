package rectify.diagram.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.GroupRequest;

import rectify.chain.Link;
import rectify.chain.commands.ChainCommands;
import rectify.chain.view.Diagram;
import rectify.diagram.commands.GefCommand;
import rectify.model.ChainElement;

/**
 * Deletes a selection of nodes and links as one command: GEF asks each selected part, and the
 * first answers for all, so that a link and its end deleted together are removed only once.
 */
final class DeleteSelection {

    private DeleteSelection() {
    }

    /** @return the command deleting everything in the request when {@code host} is its first part; else null */
    static Command of(EditPart host, GroupRequest request) {
        List<ChainElement> elements = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        EditPart first = null;
        for (Object selected : request.getEditParts()) {
            EditPart part = (EditPart) selected;
            if (part.getModel() instanceof ChainElement element) {
                elements.add(element);
            } else if (part.getModel() instanceof Link link) {
                links.add(link);
            } else {
                continue;
            }
            first = first == null ? part : first;
        }
        if (first != host) {
            return null;
        }
        Diagram diagram = Hosts.diagram(host);
        return new GefCommand(ChainCommands.delete(diagram.domain(), diagram.review(), elements, links));
    }
}
