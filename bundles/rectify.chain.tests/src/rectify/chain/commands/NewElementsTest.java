package rectify.chain.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

import rectify.model.Aspect;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.Review;

/** New elements land where they belong, numbered or labelled next, and go away with one undo. */
class NewElementsTest {

    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
            new BasicCommandStack());

    @Test
    void aProblemIsNumberedAfterTheLastOfItsAspectAndUndoneAtOnce() {
        Aspect aspect = RectifyFactory.eINSTANCE.createAspect();
        Problem first = RectifyFactory.eINSTANCE.createProblem();
        first.setNumber(3);
        aspect.getProblems().add(first);

        Command add = NewElements.problem(domain, aspect);
        domain.getCommandStack().execute(add);

        Problem added = (Problem) NewElements.created(add);
        assertEquals(2, aspect.getProblems().size());
        assertSame(added, aspect.getProblems().get(1));
        assertEquals(4, added.getNumber());
        domain.getCommandStack().undo();
        assertEquals(1, aspect.getProblems().size());
        assertFalse(domain.getCommandStack().canUndo());
    }

    @Test
    void causesAndMeasuresCountFromOneInTheirOwnLists() {
        Review review = RectifyFactory.eINSTANCE.createReview();
        Direction direction = RectifyFactory.eINSTANCE.createDirection();
        review.getDirections().add(direction);

        domain.getCommandStack().execute(NewElements.cause(domain, review));
        domain.getCommandStack().execute(NewElements.cause(domain, review));
        Command measure = NewElements.measure(domain, direction);
        domain.getCommandStack().execute(measure);

        assertEquals(2, review.getCauses().get(1).getNumber());
        assertEquals(1, ((Measure) NewElements.created(measure)).getNumber());
        assertSame(direction, NewElements.created(measure).eContainer());
    }

    @Test
    void aspectsAndDirectionsAreLabelledByTheirPlace() {
        Review review = RectifyFactory.eINSTANCE.createReview();
        for (int i = 0; i < 11; i++) {
            domain.getCommandStack().execute(NewElements.aspect(domain, review));
        }
        Command direction = NewElements.direction(domain, review);
        domain.getCommandStack().execute(direction);

        assertEquals(List.of("（一）", "（二）", "（十一）"), List.of(review.getAspects().get(0).getLabel(),
                review.getAspects().get(1).getLabel(), review.getAspects().get(10).getLabel()));
        assertEquals("（一）", ((Direction) NewElements.created(direction)).getLabel());
        assertEquals(11, review.getAspects().get(10).getPosition());
    }

    @Test
    void refusesAnElementThatDoesNotGoThere() {
        Review review = RectifyFactory.eINSTANCE.createReview();
        assertThrows(IllegalArgumentException.class,
                () -> NewElements.element(domain, review, RectifyFactory.eINSTANCE.createProblem()));
    }
}
