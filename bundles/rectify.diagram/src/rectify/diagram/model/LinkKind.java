package rectify.diagram.model;

import java.util.List;

import org.eclipse.emf.ecore.EReference;

import rectify.diagram.Messages;
import rectify.model.ChainElement;
import rectify.model.RectifyPackage;

/**
 * The kinds of links the diagram draws, each stored as one reference of the model (and its
 * opposite): a problem is caused by a cause, a measure addresses a problem, a measure remedies
 * a cause.
 */
public enum LinkKind {

    /** Problem → cause, stored in {@code Problem.causes}. */
    CAUSED_BY(Lane.PROBLEMS, Lane.CAUSES, RectifyPackage.Literals.PROBLEM__CAUSES),
    /** Measure → problem, stored in {@code Measure.problems}. */
    ADDRESSES(Lane.MEASURES, Lane.PROBLEMS, RectifyPackage.Literals.MEASURE__PROBLEMS),
    /** Measure → cause, stored in {@code Measure.causes}. */
    REMEDIES(Lane.MEASURES, Lane.CAUSES, RectifyPackage.Literals.MEASURE__CAUSES);

    private final Lane source;
    private final Lane target;
    private final EReference reference;

    LinkKind(Lane source, Lane target, EReference reference) {
        this.source = source;
        this.target = target;
        this.reference = reference;
    }

    /** @return the lane the link starts in */
    public Lane source() {
        return source;
    }

    /** @return the lane the link ends in */
    public Lane target() {
        return target;
    }

    /** @return the reference of the source element that holds the link */
    public EReference reference() {
        return reference;
    }

    /** @return the elements {@code element} links to by this kind; empty when it is no source */
    @SuppressWarnings("unchecked")
    public List<ChainElement> targetsOf(ChainElement element) {
        return source.holds(element) ? (List<ChainElement>) element.eGet(reference) : List.of();
    }

    /** @return the elements that link to {@code element} by this kind; empty when it is no target */
    @SuppressWarnings("unchecked")
    public List<ChainElement> sourcesOf(ChainElement element) {
        return target.holds(element) ? (List<ChainElement>) element.eGet(reference.getEOpposite()) : List.of();
    }

    /** @return the name of the kind, e.g. 成因 */
    public String label() {
        return switch (this) {
            case CAUSED_BY -> Messages.linkCausedBy;
            case ADDRESSES -> Messages.linkAddresses;
            case REMEDIES -> Messages.linkRemedies;
        };
    }
}
