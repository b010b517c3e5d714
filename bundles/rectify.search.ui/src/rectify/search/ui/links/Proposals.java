package rectify.search.ui.links;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import rectify.chain.Link;
import rectify.chain.commands.ChainCommands;
import rectify.model.Review;
import rectify.search.LinkSuggestion;
import rectify.search.LinkSuggestions;
import rectify.search.ui.Labels;
import rectify.search.ui.Messages;
import rectify.ui.registers.OpenRegister;

/**
 * The link assistant's proposals as the workbench offers them: without those the user rejected
 * (while the workbench runs), each accepted as one command of the register's undo history.
 */
final class Proposals {

    /** The links rejected while the workbench runs. */
    private static final Set<Link> REJECTED = ConcurrentHashMap.newKeySet();
    /** From how well places correspond they are given as a reason. */
    private static final double PLACE_CORRESPONDS = 0.75;

    private Proposals() {
    }

    /** @return the proposals for the review that the user did not reject */
    static List<LinkSuggestion> of(Review review) {
        return LinkSuggestions.of(review).stream().filter(proposal -> !REJECTED.contains(proposal.link())).toList();
    }

    /** Remembers that the user rejected a proposal: it is not proposed again. */
    static void reject(Link link) {
        REJECTED.add(link);
    }

    /** Accepts a proposal: links its ends with a command the user can undo. */
    static void accept(OpenRegister register, Link link) {
        register.domain().getCommandStack().execute(ChainCommands.link(register.domain(), link));
    }

    /** @return why the proposal is made: the shared words, the corresponding places, the links drawn */
    static String reasons(LinkSuggestion proposal) {
        StringBuilder reasons = new StringBuilder();
        if (!proposal.sharedWords().isEmpty()) {
            reasons.append(NLS.bind(Messages.reasonWords, String.join("、", proposal.sharedWords()))); //$NON-NLS-1$
        }
        if (proposal.place() >= PLACE_CORRESPONDS) {
            append(reasons, Messages.reasonPlace);
        }
        if (proposal.chain()) {
            append(reasons, Messages.reasonChain);
        }
        return reasons.toString();
    }

    private static void append(StringBuilder reasons, String reason) {
        reasons.append(reasons.isEmpty() ? "" : Messages.reasonSeparator).append(reason); //$NON-NLS-1$
    }

    /** @return the proposal in words, from the side of {@code from}: e.g. 成因：原因 3 为民服务的“公仆”情怀不浓。（0.72） */
    static String text(LinkSuggestion proposal, Object from) {
        Object other = proposal.link().source() == from ? proposal.link().target() : proposal.link().source();
        return NLS.bind(Messages.quickFixLink, new Object[] { proposal.link().kind().label(),
                Labels.of((EObject) other), String.format(Locale.ROOT, "%.2f", proposal.score()) }); //$NON-NLS-1$
    }
}
