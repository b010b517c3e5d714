package rectify.ui.navigator;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Review;

/**
 * One of the three parts of a review below its record: the aspects with their problems, the
 * causes, the directions with their measures. Equal for the same review and part.
 */
public record ReviewSection(Review review, Part part) implements NavigatorGroup {

    /** The parts of a review. */
    public enum Part {
        /** The aspects and the problems listed under them. */
        PROBLEMS,
        /** The causes. */
        CAUSES,
        /** The directions and their measures. */
        MEASURES
    }

    /** @return the sections of a review, in document order */
    public static List<ReviewSection> of(Review review) {
        return List.of(new ReviewSection(review, Part.PROBLEMS), new ReviewSection(review, Part.CAUSES),
                new ReviewSection(review, Part.MEASURES));
    }

    /** @return the section that shows {@code element} directly below it; null for other elements */
    public static ReviewSection holding(EObject element) {
        if (!(element.eContainer() instanceof Review review)) {
            return null;
        }
        return switch (element) {
            case Aspect aspect -> new ReviewSection(review, Part.PROBLEMS);
            case Cause cause -> new ReviewSection(review, Part.CAUSES);
            case Direction direction -> new ReviewSection(review, Part.MEASURES);
            default -> null;
        };
    }

    @Override
    public EObject owner() {
        return review;
    }

    @Override
    public List<? extends EObject> members() {
        return switch (part) {
            case PROBLEMS -> review.getAspects();
            case CAUSES -> review.getCauses();
            case MEASURES -> review.getDirections();
        };
    }

    /** @return how many problems, causes or measures the section holds */
    public int count() {
        return switch (part) {
            case PROBLEMS -> review.getAspects().stream().mapToInt(aspect -> aspect.getProblems().size()).sum();
            case CAUSES -> review.getCauses().size();
            case MEASURES ->
                review.getDirections().stream().mapToInt(direction -> direction.getMeasures().size()).sum();
        };
    }
}
