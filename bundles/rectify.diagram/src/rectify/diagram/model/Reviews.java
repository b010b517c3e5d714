package rectify.diagram.model;

import org.eclipse.emf.ecore.EObject;

import rectify.model.Record;
import rectify.model.Review;

/** Finds the review an element belongs to. */
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
        for (EObject element = object instanceof EObject e ? e : null; element != null; element = element.eContainer()) {
            if (element instanceof Review review) {
                return review;
            }
        }
        return null;
    }
}
