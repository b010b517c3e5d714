package rectify.archive.internal.content;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Review;

/**
 * How the appendices refer to the problems, causes and measures of a review: by the position of
 * their aspect or direction and their number, as （一）1, and through the anchor each has in the
 * main text.
 */
final class References {

    private final Map<EObject, String> anchors = new IdentityHashMap<>();
    private final Map<EObject, Integer> positions = new IdentityHashMap<>();

    /** @param review the review referred to */
    References(Review review) {
        for (int i = 0; i < review.getAspects().size(); i++) {
            positions.put(review.getAspects().get(i), i + 1);
        }
        for (int i = 0; i < review.getDirections().size(); i++) {
            positions.put(review.getDirections().get(i), i + 1);
        }
    }

    /** @return the key of the element's anchor in the main text */
    String anchor(EObject element) {
        return anchors.computeIfAbsent(element, e -> "element-" + anchors.size());
    }

    /** @return （一）1 for the first problem of the first aspect */
    String label(Problem problem) {
        return withParent(problem.eContainer(), problem.getNumber());
    }

    /** @return （一） for the first cause */
    String label(Cause cause) {
        return Words.inParentheses(cause.getNumber());
    }

    /** @return （一）1 for the first measure of the first direction */
    String label(Measure measure) {
        return withParent(measure.eContainer(), measure.getNumber());
    }

    /** @return the label followed by the headline */
    String headline(Problem problem) {
        return label(problem) + Words.text(problem.getHeadline());
    }

    /** @return the label followed by the headline */
    String headline(Cause cause) {
        return label(cause) + Words.text(cause.getHeadline());
    }

    /** @return the label followed by the headline */
    String headline(Measure measure) {
        return label(measure) + Words.text(measure.getHeadline());
    }

    private String withParent(EObject parent, int number) {
        Integer position = parent instanceof Aspect || parent instanceof Direction ? positions.get(parent) : null;
        String prefix = position == null ? "" : Words.inParentheses(position);
        return prefix + NLS.bind(Terms.itemNumber, number);
    }
}
