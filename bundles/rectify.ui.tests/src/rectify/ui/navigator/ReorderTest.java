package rectify.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.revert;
import static rectify.ui.Workbenches.sample;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.swt.dnd.DND;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rectify.chain.commands.Renumbering;
import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.ui.registers.OpenRegister;

/** Moves by drag and drop: EMF's drag-and-drop command, and the numbers following the new order. */
class ReorderTest {

    private final OpenRegister sample = sample();
    private final Record record2021 = sample.register().getRecords().stream().filter(r -> r.getYear() == 2021)
            .findFirst().orElseThrow();

    @AfterEach
    void leaveSampleUnchanged() {
        revert(sample);
    }

    private Command drop(Object target, float location, Problem dragged) {
        Command move = DragAndDropCommand.create(sample.domain(), target, location, DND.DROP_MOVE, DND.DROP_MOVE,
                List.of(dragged));
        assertTrue(move.canExecute(), "EMF refuses the drop");
        return Renumbering.after(sample.domain(), move, List.of(dragged), "");
    }

    private static List<Integer> numbers(List<? extends ChainElement> elements) {
        return elements.stream().map(ChainElement::getNumber).toList();
    }

    @Test
    void droppingAProblemBeforeTheFirstRenumbersTheAspectInOneUndo() {
        Aspect aspect = record2021.getReview().getAspects().get(0);
        List<Problem> before = List.copyOf(aspect.getProblems());
        Problem last = before.get(before.size() - 1);

        sample.domain().getCommandStack().execute(drop(before.get(0), 0.1f, last));
        assertSame(last, aspect.getProblems().get(0));
        assertEquals(List.of(1, 2, 3), numbers(aspect.getProblems()));

        sample.domain().getCommandStack().undo();
        assertEquals(before, aspect.getProblems());
        assertEquals(List.of(1, 2, 3), numbers(aspect.getProblems()));
        assertEquals(3, last.getNumber());
    }

    @Test
    void droppingAProblemOnAnotherAspectRenumbersBoth() {
        Aspect from = record2021.getReview().getAspects().get(0);
        Aspect to = record2021.getReview().getAspects().get(1);
        Problem first = from.getProblems().get(0);

        sample.domain().getCommandStack().execute(drop(to, 0.5f, first));
        assertSame(to, first.eContainer());
        assertEquals(List.of(1, 2), numbers(from.getProblems()));
        assertEquals(List.of(1, 2, 3, 4), numbers(to.getProblems()));
        assertEquals(4, first.getNumber());
    }

    @Test
    void dropsWithinOneRegisterOnly() {
        Problem problem = record2021.getReview().getAspects().get(0).getProblems().get(0);
        assertSame(sample, NavigatorDropAdapter.registerOf(List.of(problem), record2021));
        assertNull(NavigatorDropAdapter.registerOf(List.of(problem), new YearGroup(sample.register(), 2021)));
        assertNull(NavigatorDropAdapter.registerOf(List.of("text"), record2021));
    }
}
