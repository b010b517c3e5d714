package rectify.chain.commands;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Review;
import rectify.model.numbering.ChineseNumerals;

/**
 * Commands that add a new element of a review where it belongs: problems, causes and measures
 * numbered next in their sequence, aspects and directions at the end with the label of their place,
 * （一）, （二） … Each is one command on the file's command stack (one undo);
 * {@link #created(Command)} gives the element. Every view that adds elements adds them through these.
 */
public final class NewElements {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    private NewElements() {
    }

    /** @return a command adding an aspect at the end of the review's aspects, labelled by its place */
    public static Command aspect(EditingDomain domain, Review review) {
        Aspect aspect = MODEL.createAspect();
        aspect.setLabel(ChineseNumerals.inParentheses(review.getAspects().size() + 1));
        return AddCommand.create(domain, review, Literals.REVIEW__ASPECTS, aspect);
    }

    /** @return a command adding a direction at the end of the review's directions, labelled by its place */
    public static Command direction(EditingDomain domain, Review review) {
        Direction direction = MODEL.createDirection();
        direction.setLabel(ChineseNumerals.inParentheses(review.getDirections().size() + 1));
        return AddCommand.create(domain, review, Literals.REVIEW__DIRECTIONS, direction);
    }

    /** @return a command adding a problem to the aspect, numbered after its last */
    public static Command problem(EditingDomain domain, Aspect aspect) {
        return element(domain, aspect, MODEL.createProblem());
    }

    /** @return a command adding a cause to the review, numbered after its last */
    public static Command cause(EditingDomain domain, Review review) {
        return element(domain, review, MODEL.createCause());
    }

    /** @return a command adding a measure to the direction, numbered after its last */
    public static Command measure(EditingDomain domain, Direction direction) {
        return element(domain, direction, MODEL.createMeasure());
    }

    /**
     * Numbers a new problem, cause or measure next in its sequence, and makes the command that adds
     * it there.
     *
     * @param domain the register's editing domain
     * @param owner an aspect for a problem, a review for a cause, a direction for a measure
     * @param element the new element, in no container yet
     * @return the command adding it
     * @throws IllegalArgumentException when the element does not go into that owner
     */
    public static Command element(EditingDomain domain, EObject owner, ChainElement element) {
        switch (element) {
            case Problem problem when owner instanceof Aspect aspect -> {
                problem.setNumber(aspect.nextProblemNumber());
                return AddCommand.create(domain, aspect, Literals.ASPECT__PROBLEMS, problem);
            }
            case Cause cause when owner instanceof Review review -> {
                cause.setNumber(review.nextCauseNumber());
                return AddCommand.create(domain, review, Literals.REVIEW__CAUSES, cause);
            }
            case Measure measure when owner instanceof Direction direction -> {
                measure.setNumber(direction.nextMeasureNumber());
                return AddCommand.create(domain, direction, Literals.DIRECTION__MEASURES, measure);
            }
            default ->
                throw new IllegalArgumentException("a " + element.eClass().getName() + " does not go into " + owner);
        }
    }

    /** @return the element a command of this class adds (after it was executed or not) */
    public static EObject created(Command command) {
        return (EObject) command.getResult().iterator().next();
    }
}
