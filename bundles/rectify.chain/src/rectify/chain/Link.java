package rectify.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import rectify.model.ChainElement;

/**
 * One link between two elements as every diagram draws it: a value, equal to every other link of
 * the same kind between the same elements.
 *
 * @param kind the kind of link
 * @param source the element the link starts at
 * @param target the element the link ends at
 */
public record Link(LinkKind kind, ChainElement source, ChainElement target) {

    /** @throws IllegalArgumentException when the ends do not fit the kind */
    public Link {
        Objects.requireNonNull(kind, "kind");
        if (!kind.source().holds(source) || !kind.target().holds(target)) {
            throw new IllegalArgumentException("a " + kind + " link joins a " + kind.source() + " element to a "
                    + kind.target() + " element");
        }
    }

    /**
     * @param elements problems, causes and measures
     * @return every link between two of them, in the order of their sources and, for each source,
     *         of the kinds
     */
    public static List<Link> among(Collection<? extends ChainElement> elements) {
        Set<ChainElement> ends = Set.copyOf(elements);
        List<Link> links = new ArrayList<>();
        for (ChainElement source : elements) {
            for (LinkKind kind : LinkKind.values()) {
                for (ChainElement target : kind.targetsOf(source)) {
                    if (ends.contains(target)) {
                        links.add(new Link(kind, source, target));
                    }
                }
            }
        }
        return links;
    }
}
