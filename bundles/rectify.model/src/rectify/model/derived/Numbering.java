package rectify.model.derived;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Review;
import rectify.model.numbering.FullNumbers;

/** Numbers of problems, causes and measures, and the places of aspects and directions. */
public final class Numbering {

    private Numbering() {
    }

    /**
     * @param siblings the elements numbered so far in one sequence (the problems of an aspect, the
     *        causes of a review, the measures of a direction)
     * @return one more than the highest number among them; 1 when there are none
     */
    public static int next(List<? extends ChainElement> siblings) {
        return siblings.stream().mapToInt(ChainElement::getNumber).max().orElse(0) + 1;
    }

    /**
     * @param part an aspect or a direction
     * @return its place among the aspects or directions of its review, 1 for the first; 0 when it is
     *         in no review
     */
    public static int position(EObject part) {
        return part.eContainer() instanceof Review review
                ? ((List<?>) review.eGet(part.eContainmentFeature())).indexOf(part) + 1
                : 0;
    }

    /**
     * @param element a problem, cause or measure
     * @return {@code <position of its aspect or direction>.<number>} for a problem or measure of a
     *         review, the number alone for a cause or an element in no review; empty while the
     *         element has no number (0 or less)
     */
    public static String fullNumber(ChainElement element) {
        int position = switch (element.eContainer()) {
            case Aspect aspect -> aspect.getPosition();
            case Direction direction -> direction.getPosition();
            case null, default -> 0;
        };
        return FullNumbers.of(position, element.getNumber());
    }
}
