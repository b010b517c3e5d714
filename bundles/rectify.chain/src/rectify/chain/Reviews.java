package rectify.chain;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Record;
import rectify.model.Review;

/** The review an element belongs to, and the elements of a review's chain. */
public final class Reviews {

    private Reviews() {
    }

    /**
     * @param object a record, a review or anything inside a review
     * @return the record's review or the review that contains the object; {@code null} when
     *         there is none
     */
    public static Review of(Object object) {
        if (object instanceof Record record) {
            return record.getReview();
        }
        for (EObject element = object instanceof EObject e ? e : null; element != null; element = element
                .eContainer()) {
            if (element instanceof Review review) {
                return review;
            }
        }
        return null;
    }

    /**
     * @param review a review
     * @return its problems, causes and measures: the problems of every aspect, the causes, the
     *         measures of every direction, each in document order
     */
    public static List<ChainElement> elements(Review review) {
        List<ChainElement> elements = new ArrayList<>();
        review.getAspects().stream().map(Aspect::getProblems).forEach(elements::addAll);
        elements.addAll(review.getCauses());
        review.getDirections().stream().map(Direction::getMeasures).forEach(elements::addAll);
        return elements;
    }
}
