package rectify.chain.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.Reviews;
import rectify.chain.SampleReviews;
import rectify.chain.layout.AutoLayout;
import rectify.chain.layout.Bounds;
import rectify.chain.layout.Placement;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;
import rectify.model.Review;

/** The chain's commands, headless on a sample review: each one undo, numbering as everywhere else. */
class ChainCommandsTest {

    private EditingDomain domain;
    private Review example;

    @BeforeEach
    void read() throws Exception {
        example = SampleReviews.of(2025);
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
                example.eResource().getResourceSet());
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), command.getLabel());
        domain.getCommandStack().execute(command);
    }

    @Test
    void aNewProblemGoesUnderTheAspectOfTheOneAboveNumberedNextAndPlaced() {
        Problem near = example.getAspects().get(1).getProblems().get(0);
        Problem created = RectifyFactory.eINSTANCE.createProblem();
        Bounds at = new Bounds(40, 900, Bounds.DEFAULT_WIDTH, 80);
        execute(ChainCommands.create(domain, example, created, at, near));
        assertSame(near.eContainer(), created.eContainer());
        assertEquals("2.3", created.getFullNumber());
        assertEquals(at, Placement.of(example, Reviews.elements(example)).boundsOf(created));
        assertFalse(created.getHeadline().isBlank(), "a default headline");
        domain.getCommandStack().undo();
        assertNull(created.eContainer());
        assertNull(Placement.layouts(example).get(created), "the placement goes with one undo");
    }

    @Test
    void aMeasureInAReviewWithoutDirectionsGetsALabelledOne() {
        Review empty = RectifyFactory.eINSTANCE.createReview();
        Measure created = RectifyFactory.eINSTANCE.createMeasure();
        execute(ChainCommands.create(domain, empty, created, new Bounds(760, 40, 240, 72), null));
        Direction direction = (Direction) created.eContainer();
        assertEquals("（一）", direction.getLabel());
        assertFalse(direction.getHeading().isBlank());
        assertEquals("1.1", created.getFullNumber());
        Problem problem = RectifyFactory.eINSTANCE.createProblem();
        execute(ChainCommands.create(domain, empty, problem, new Bounds(40, 40, 240, 72), null));
        assertEquals("（一）", ((Aspect) problem.eContainer()).getLabel());
    }

    @Test
    void linksAreStoredInTheirDirectionAndRefusedTwice() {
        Problem problem = example.getAspects().get(0).getProblems().get(0);
        Cause cause = example.getCauses().get(3);
        Measure measure = example.getDirections().get(2).getMeasures().get(1);
        execute(ChainCommands.link(domain, new Link(LinkKind.CAUSED_BY, problem, cause)));
        execute(ChainCommands.link(domain, new Link(LinkKind.ADDRESSES, measure, problem)));
        assertTrue(problem.getCauses().contains(cause) && cause.getProblems().contains(problem));
        assertTrue(measure.getProblems().contains(problem) && problem.getMeasures().contains(measure));
        assertThrows(IllegalArgumentException.class,
                () -> ChainCommands.link(domain, new Link(LinkKind.CAUSED_BY, problem, cause)));
    }

    @Test
    void deletingRemovesTheElementItsLinksAndItsLayoutInOneUndo() {
        Cause cause = example.getCauses().get(0);
        List<Problem> problems = List.copyOf(cause.getProblems());
        int nodes = example.getLayout().getNodes().size();
        execute(ChainCommands.delete(domain, example, Set.of(cause), List.of()));
        assertFalse(example.getCauses().contains(cause));
        assertTrue(problems.stream().noneMatch(p -> p.getCauses().contains(cause)));
        assertEquals(nodes - 1, example.getLayout().getNodes().size());
        domain.getCommandStack().undo();
        assertTrue(example.getCauses().contains(cause));
        assertEquals(Set.copyOf(problems), Set.copyOf(cause.getProblems()));
        assertEquals(nodes, example.getLayout().getNodes().size());
    }

    @Test
    void movesRenumberTheSequencesTheyTouch() {
        Aspect first = example.getAspects().get(0);
        Problem second = first.getProblems().get(1);
        Command move = MoveCommand.create(domain, first, Literals.ASPECT__PROBLEMS, second, 0);
        execute(Renumbering.after(domain, move, List.of(second), "move"));
        assertEquals(List.of(1, 2), first.getProblems().stream().map(ChainElement::getNumber).toList());
        assertSame(second, first.getProblems().get(0));
        assertEquals("1.1", second.getFullNumber());
        domain.getCommandStack().undo();
        assertEquals(2, second.getNumber());
    }

    @Test
    void autoLayoutIsOneCommandThatKeepsPinnedNodes() {
        List<ChainElement> elements = Reviews.elements(example);
        Placement before = Placement.of(example, elements);
        ChainElement pinned = elements.get(0);
        List<AutoLayout.Node> nodes = elements.stream().map(e -> new AutoLayout.Node(e, Bounds.DEFAULT_WIDTH,
                Bounds.DEFAULT_HEIGHT, e == pinned ? before.boundsOf(e) : null)).toList();
        execute(LayoutCommands.arrange(domain, example, nodes, Link.among(elements)));
        Placement after = Placement.of(example, elements);
        assertEquals(before.boundsOf(pinned), after.boundsOf(pinned));
        domain.getCommandStack().undo();
        for (ChainElement element : elements) {
            assertEquals(before.boundsOf(element), Placement.of(example, elements).boundsOf(element));
        }
        execute(LayoutCommands.pin(domain, example, Map.of(pinned, before.boundsOf(pinned)), false));
        assertFalse(Placement.layouts(example).get(pinned).isPinned());
    }
}
