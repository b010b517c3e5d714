package rectify.diagram.model;

import java.util.Objects;

import rectify.model.ChainElement;

/**
 * One link between two elements as the diagram draws it: a value, equal to every other link of
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
}
