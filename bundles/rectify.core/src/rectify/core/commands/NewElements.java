package rectify.core.commands;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Review;

/**
 * Commands that add a new element of a review where it belongs, numbered next. Each is one
 * command on the file's command stack (one undo); {@link #created(Command)} gives the element.
 */
public final class NewElements {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    private NewElements() {
    }

    /** @return a command adding an aspect at the end of the review's aspects */
    public static Command aspect(EditingDomain domain, Review review) {
        return add(domain, review, Literals.REVIEW__ASPECTS, MODEL.createAspect());
    }

    /** @return a command adding a problem to the aspect, numbered after its last */
    public static Command problem(EditingDomain domain, Aspect aspect) {
        return add(domain, aspect, Literals.ASPECT__PROBLEMS, numbered(MODEL.createProblem(), aspect.nextProblemNumber()));
    }

    /** @return a command adding a cause to the review, numbered after its last */
    public static Command cause(EditingDomain domain, Review review) {
        return add(domain, review, Literals.REVIEW__CAUSES, numbered(MODEL.createCause(), review.nextCauseNumber()));
    }

    /** @return a command adding a direction at the end of the review's directions */
    public static Command direction(EditingDomain domain, Review review) {
        return add(domain, review, Literals.REVIEW__DIRECTIONS, MODEL.createDirection());
    }

    /** @return a command adding a measure to the direction, numbered after its last */
    public static Command measure(EditingDomain domain, Direction direction) {
        return add(domain, direction, Literals.DIRECTION__MEASURES,
                numbered(MODEL.createMeasure(), direction.nextMeasureNumber()));
    }

    /** @return the element a command of this class adds (after it was executed or not) */
    public static EObject created(Command command) {
        return (EObject) command.getResult().iterator().next();
    }

    private static <T extends ChainElement> T numbered(T element, int number) {
        element.setNumber(number);
        return element;
    }

    private static Command add(EditingDomain domain, EObject owner, EReference list, EObject element) {
        return AddCommand.create(domain, owner, list, element);
    }
}
