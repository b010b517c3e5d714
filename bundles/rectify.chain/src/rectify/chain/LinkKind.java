package rectify.chain;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EReference;

import rectify.chain.internal.Texts;
import rectify.model.ChainElement;
import rectify.model.RectifyPackage;

/**
 * The kinds of links of a review's chain, each stored as one reference of the model (and its
 * opposite) and drawn from its source to its target: a problem is caused by a cause, a measure
 * addresses a problem, a measure remedies a cause. Every drawing of a chain gives each kind its
 * colour ({@code 0xRRGGBB}) and its line: "caused by" solid with a filled head, "addresses" dashed
 * with an open head, "remedies" dotted with a filled head.
 */
public enum LinkKind {

    /** Problem → cause, stored in {@code Problem.causes}. */
    CAUSED_BY(Lane.PROBLEMS, Lane.CAUSES, RectifyPackage.Literals.PROBLEM__CAUSES, 0x9A2B1F, Line.SOLID),
    /** Measure → problem, stored in {@code Measure.problems}. */
    ADDRESSES(Lane.MEASURES, Lane.PROBLEMS, RectifyPackage.Literals.MEASURE__PROBLEMS, 0x1F5F99, Line.DASHED),
    /** Measure → cause, stored in {@code Measure.causes}. */
    REMEDIES(Lane.MEASURES, Lane.CAUSES, RectifyPackage.Literals.MEASURE__CAUSES, 0x2E7D32, Line.DOTTED);

    /** How a kind of link is drawn. */
    public enum Line {
        /** A solid line. */
        SOLID,
        /** A dashed line. */
        DASHED,
        /** A dotted line. */
        DOTTED
    }

    private final Lane source;
    private final Lane target;
    private final EReference reference;
    private final int rgb;
    private final Line line;

    LinkKind(Lane source, Lane target, EReference reference, int rgb, Line line) {
        this.source = source;
        this.target = target;
        this.reference = reference;
        this.rgb = rgb;
        this.line = line;
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

    /** @return the name of the kind in the user's language, e.g. 成因 */
    public String label() {
        return label(Locale.getDefault());
    }

    /** @return the name of the kind in a language, e.g. 成因 */
    public String label(Locale locale) {
        return Texts.get(switch (this) {
            case CAUSED_BY -> "linkCausedBy";
            case ADDRESSES -> "linkAddresses";
            case REMEDIES -> "linkRemedies";
        }, locale);
    }

    /** @return the colour of the kind's links, {@code 0xRRGGBB} */
    public int rgb() {
        return rgb;
    }

    /** @return the line the kind's links are drawn with */
    public Line line() {
        return line;
    }

    /** @return true when the kind's arrow head is open (two strokes), false when it is filled */
    public boolean openHead() {
        return line == Line.DASHED;
    }
}
