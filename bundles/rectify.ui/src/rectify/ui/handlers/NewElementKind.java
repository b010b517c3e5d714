package rectify.ui.handlers;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import rectify.chain.commands.NewElements;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.model.numbering.FullNumbers;
import rectify.ui.navigator.ReviewSection;
import rectify.ui.navigator.ReviewSection.Part;

/**
 * The elements users add to a review, where each goes for a selected item, and how it is named:
 * problems under an aspect, causes in the review, measures under a direction, numbered next;
 * aspects and directions at the end, labelled （一）, （二） … by {@link NewElements}.
 */
enum NewElementKind {

    /** An aspect, at the end of the review's aspects. */
    ASPECT,
    /** A problem, numbered next under an aspect. */
    PROBLEM,
    /** A cause, numbered next in the review. */
    CAUSE,
    /** A direction, at the end of the review's directions. */
    DIRECTION,
    /** A measure, numbered next under a direction. */
    MEASURE;

    /**
     * @param item a selected item: an element or a part of a review in the navigator
     * @return the element the new one goes into: an aspect, a review or a direction; null when
     *         the item gives none
     */
    EObject ownerFor(Object item) {
        return switch (this) {
            case ASPECT -> item instanceof Aspect aspect ? aspect.eContainer() : reviewOf(item, Part.PROBLEMS);
            case PROBLEM ->
                item instanceof Problem problem ? problem.eContainer() : item instanceof Aspect aspect ? aspect : null;
            case CAUSE -> item instanceof Cause cause ? cause.eContainer() : reviewOf(item, Part.CAUSES);
            case DIRECTION ->
                item instanceof Direction direction ? direction.eContainer() : reviewOf(item, Part.MEASURES);
            case MEASURE -> item instanceof Measure measure ? measure.eContainer()
                    : item instanceof Direction direction ? direction : null;
        };
    }

    private static Review reviewOf(Object item, Part part) {
        return item instanceof ReviewSection section && section.part() == part ? section.review() : null;
    }

    /** @return the command that adds a new element of this kind to {@code owner}, not yet executed */
    Command command(EditingDomain domain, EObject owner) {
        return switch (this) {
            case ASPECT -> NewElements.aspect(domain, (Review) owner);
            case PROBLEM -> NewElements.problem(domain, (Aspect) owner);
            case CAUSE -> NewElements.cause(domain, (Review) owner);
            case DIRECTION -> NewElements.direction(domain, (Review) owner);
            case MEASURE -> NewElements.measure(domain, (Direction) owner);
        };
    }

    /**
     * Names an element created by {@link #command}, before the command adds it: its headline, or
     * the title or heading of an aspect or direction (labelled by its place already).
     */
    void name(EObject created, String text) {
        switch (created) {
            case ChainElement element -> element.setHeadline(text);
            case Aspect aspect -> aspect.setTitle(text);
            case Direction direction -> direction.setHeading(text);
            default -> throw new IllegalArgumentException(created.toString());
        }
    }

    /** @return the name of the action and of its command, e.g. 添加问题 */
    String label() {
        return switch (this) {
            case ASPECT -> Messages.addAspect;
            case PROBLEM -> Messages.addProblem;
            case CAUSE -> Messages.addCause;
            case DIRECTION -> Messages.addDirection;
            case MEASURE -> Messages.addMeasure;
        };
    }

    /**
     * @return what the user is asked for an element about to be added to {@code owner}, numbered or
     *         labelled already: its full number or label as it will show
     */
    String prompt(EObject created, EObject owner) {
        return switch (this) {
            case ASPECT -> NLS.bind(Messages.promptAspect, ((Aspect) created).getLabel());
            case PROBLEM -> NLS.bind(Messages.promptProblem, fullNumber(created, ((Aspect) owner).getPosition()));
            case CAUSE -> NLS.bind(Messages.promptCause, fullNumber(created, 0));
            case DIRECTION -> NLS.bind(Messages.promptDirection, ((Direction) created).getLabel());
            case MEASURE -> NLS.bind(Messages.promptMeasure, fullNumber(created, ((Direction) owner).getPosition()));
        };
    }

    private static String fullNumber(EObject created, int position) {
        return FullNumbers.of(position, ((ChainElement) created).getNumber());
    }
}
