package rectify.chain;

import org.eclipse.osgi.util.NLS;

import rectify.chain.internal.Messages;
import rectify.model.ChainElement;

/** Which links may be drawn, and why the others are refused, in the user's words. */
public final class LinkRules {

    private LinkRules() {
    }

    /**
     * @param kind the kind of link to draw
     * @param source the element it would start at
     * @return why no link of that kind may start there; {@code null} when it may
     */
    public static String refusalToStart(LinkKind kind, Object source) {
        if (!kind.source().holds(source)) {
            return NLS.bind(Messages.refusedSource, kind.label(), kind.source().label());
        }
        return null;
    }

    /**
     * @param kind the kind of link to draw
     * @param source the element it starts at
     * @param target the element it would end at
     * @return why the link is refused (wrong direction or kind of element, another review, a
     *         link that exists already); {@code null} when it may be drawn
     */
    public static String refusal(LinkKind kind, Object source, Object target) {
        String refusal = refusalToStart(kind, source);
        if (refusal != null) {
            return refusal;
        }
        if (!kind.target().holds(target)) {
            return NLS.bind(Messages.refusedTarget, kind.label(), kind.target().label());
        }
        ChainElement from = (ChainElement) source;
        ChainElement to = (ChainElement) target;
        if (Reviews.of(from) != Reviews.of(to)) {
            return Messages.refusedOtherReview;
        }
        if (kind.targetsOf(from).contains(to)) {
            return NLS.bind(Messages.refusedDuplicate, kind.label());
        }
        return null;
    }
}
