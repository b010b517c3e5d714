package rectify.chain.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import rectify.chain.Lane;
import rectify.chain.Link;
import rectify.chain.LinkRules;
import rectify.chain.internal.Messages;
import rectify.chain.layout.Bounds;
import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.NodeLayout;
import rectify.model.Problem;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Review;

/** The EMF commands that add, link, rename and delete problems, causes and measures, and unlink them. */
public final class ChainCommands {

    private ChainCommands() {
    }

    /**
     * Adds a new problem, cause or measure to a review and places it. A problem goes to the
     * aspect of {@code near} (a problem) or else to the last aspect, a measure to the direction
     * of {@code near} (a measure) or else to the last direction; a review without any gets a new
     * one, labelled as {@link NewElements} labels them. The element is numbered next in its
     * sequence and, without a headline, gets a default one.
     *
     * @param domain the register's editing domain
     * @param review the review to add to
     * @param element a new problem, cause or measure, in no container yet
     * @param bounds where it is drawn
     * @param near the element of the same lane nearest above it, or {@code null}
     * @return the command
     */
    public static Command create(EditingDomain domain, Review review, ChainElement element, Bounds bounds,
            ChainElement near) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(bounds, "bounds");
        if (element.eContainer() != null) {
            throw new IllegalArgumentException("the element to create is already in " + element.eContainer());
        }
        Lane lane = Lane.of(element);
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.commandCreate, lane.label()));
        EObject owner = switch (lane) {
            case PROBLEMS -> near instanceof Problem other && other.eContainer() instanceof Aspect aspect ? aspect
                    : last(review.getAspects());
            case MEASURES -> near instanceof Measure other && other.eContainer() instanceof Direction direction
                    ? direction
                    : last(review.getDirections());
            case CAUSES -> review;
        };
        if (owner == null) {
            Command part = lane == Lane.PROBLEMS ? NewElements.aspect(domain, review)
                    : NewElements.direction(domain, review);
            owner = NewElements.created(part);
            if (owner instanceof Aspect aspect) {
                aspect.setTitle(Messages.newAspect);
            } else {
                ((Direction) owner).setHeading(Messages.newDirection);
            }
            command.append(part);
        }
        command.append(NewElements.element(domain, owner, element));
        if (element.getHeadline() == null || element.getHeadline().isBlank()) {
            element.setHeadline(switch (lane) {
                case PROBLEMS -> Messages.newProblem;
                case CAUSES -> Messages.newCause;
                case MEASURES -> Messages.newMeasure;
            });
        }
        command.append(LayoutCommands.place(domain, review, Map.of(element, bounds)));
        return command;
    }

    /**
     * @return the command that stores {@code link} in its source's reference (and the opposite)
     * @throws IllegalArgumentException when the {@linkplain LinkRules rules} refuse the link
     */
    public static Command link(EditingDomain domain, Link link) {
        Objects.requireNonNull(domain, "domain");
        String refusal = LinkRules.refusal(link.kind(), link.source(), link.target());
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        AddCommand command = new AddCommand(domain, link.source(), link.kind().reference(), link.target());
        command.setLabel(NLS.bind(Messages.commandLink, link.kind().label()));
        return command;
    }

    /** @return the command that gives {@code element} a new headline */
    public static Command rename(EditingDomain domain, ChainElement element, String headline) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(headline, "headline");
        SetCommand command = new SetCommand(domain, element, Literals.CHAIN_ELEMENT__HEADLINE, headline);
        command.setLabel(Messages.commandRename);
        return command;
    }

    /**
     * Deletes elements with their links and layouts, and removes links.
     *
     * @param domain the register's editing domain
     * @param review the review the elements belong to
     * @param elements problems, causes and measures to delete
     * @param links links to remove (those of deleted elements go anyway)
     * @return the command
     */
    public static Command delete(EditingDomain domain, Review review, Collection<ChainElement> elements,
            Collection<Link> links) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(review, "review");
        Set<ChainElement> deleted = Set.copyOf(elements);
        CompoundCommand command = new CompoundCommand(
                deleted.isEmpty() ? Messages.commandUnlink : Messages.commandDelete);
        for (Link link : links) {
            if (!deleted.contains(link.source()) && !deleted.contains(link.target())) {
                command.append(new RemoveCommand(domain, link.source(), link.kind().reference(), link.target()));
            }
        }
        if (!deleted.isEmpty()) {
            List<NodeLayout> layouts = new ArrayList<>();
            if (review.getLayout() != null) {
                review.getLayout().getNodes().stream().filter(n -> deleted.contains(n.getElement()))
                        .forEach(layouts::add);
            }
            if (!layouts.isEmpty()) {
                command.append(new RemoveCommand(domain, review.getLayout(), Literals.DIAGRAM_LAYOUT__NODES, layouts));
            }
            command.append(DeleteCommand.create(domain, deleted));
        }
        return command;
    }

    private static <T> T last(List<T> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
