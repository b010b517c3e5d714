package rectify.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.activate;
import static rectify.ui.Workbenches.execute;
import static rectify.ui.Workbenches.revert;
import static rectify.ui.Workbenches.sample;
import static rectify.ui.Workbenches.settle;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ShowInContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Review;
import rectify.model.numbering.ChineseNumerals;
import rectify.ui.navigator.RegisterNavigator;
import rectify.ui.navigator.ReviewSection;
import rectify.ui.registers.OpenRegister;

/** Adding problems, causes, measures, aspects and directions with the next number, one undo each. */
class AddElementTest {

    private final OpenRegister sample = sample();
    private final Review review = sample.register().getRecords().stream().filter(r -> r.getYear() == 2021)
            .findFirst().map(Record::getReview).orElseThrow();

    @AfterEach
    void leaveSampleUnchanged() {
        revert(sample);
    }

    @Test
    void addsAProblemNumberedNextUnderItsAspectAndUndoes() {
        Aspect aspect = review.getAspects().get(2);
        int next = aspect.getProblems().stream().mapToInt(Problem::getNumber).max().orElse(0) + 1;
        Problem added = (Problem) AddElementHandler.add(sample, NewElementKind.PROBLEM, aspect, "新查摆的问题。");
        assertSame(aspect, added.eContainer());
        assertEquals(next, added.getNumber());
        assertEquals("新查摆的问题。", added.getHeadline());
        assertSame(added, aspect.getProblems().get(aspect.getProblems().size() - 1));

        sample.domain().getCommandStack().undo();
        assertFalse(aspect.getProblems().contains(added));
        assertFalse(sample.isDirty());
        sample.domain().getCommandStack().redo();
        assertSame(aspect, added.eContainer());
        assertEquals(next, added.getNumber());
    }

    @Test
    void addsCausesMeasuresAspectsAndDirectionsWhereTheyBelong() {
        Cause cause = (Cause) AddElementHandler.add(sample, NewElementKind.CAUSE, review, "原因。");
        assertEquals(review.getCauses().size(), cause.getNumber());
        Direction direction = review.getDirections().get(0);
        Measure measure = (Measure) AddElementHandler.add(sample, NewElementKind.MEASURE, direction, "措施。");
        assertEquals(direction.getMeasures().size(), measure.getNumber());
        Aspect aspect = (Aspect) AddElementHandler.add(sample, NewElementKind.ASPECT, review, "新的方面");
        assertEquals("（六）", aspect.getLabel());
        Direction added = (Direction) AddElementHandler.add(sample, NewElementKind.DIRECTION, review, "新的方向。");
        assertEquals(ChineseNumerals.inParentheses(review.getDirections().size()), added.getLabel());
        for (int i = 0; i < 4; i++) {
            sample.domain().getCommandStack().undo();
        }
        assertFalse(sample.isDirty(), "four additions are not four commands");
        assertFalse(review.getAspects().contains(aspect));
    }

    @Test
    void findsWhereANewElementGoesFromTheSelectedItem() {
        Aspect aspect = review.getAspects().get(0);
        Problem problem = aspect.getProblems().get(0);
        assertSame(aspect, NewElementKind.PROBLEM.ownerFor(aspect));
        assertSame(aspect, NewElementKind.PROBLEM.ownerFor(problem));
        assertSame(review, NewElementKind.CAUSE.ownerFor(new ReviewSection(review, ReviewSection.Part.CAUSES)));
        assertNull(NewElementKind.CAUSE.ownerFor(new ReviewSection(review, ReviewSection.Part.PROBLEMS)));
        assertSame(review, NewElementKind.ASPECT.ownerFor(new ReviewSection(review, ReviewSection.Part.PROBLEMS)));
        assertSame(review, NewElementKind.DIRECTION.ownerFor(review.getDirections().get(0)));
        assertNull(NewElementKind.MEASURE.ownerFor(aspect));
    }

    @Test
    void theNavigatorCommandAsksForTheHeadlineAndSelectsTheNewProblem() {
        Aspect aspect = review.getAspects().get(3);
        RegisterNavigator navigator = activate(RegisterNavigator.ID, RegisterNavigator.class);
        navigator.show(new ShowInContext(null, new StructuredSelection(aspect)));
        settle();
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand("rectify.ui.addProblem");
        command.setEnabled(PlatformUI.getWorkbench().getService(IHandlerService.class).getCurrentState());
        assertTrue(command.isEnabled(), "Add Problem is not enabled on an aspect");

        Display.getCurrent().timerExec(500, () -> answer("在实际工作中落实不够。"));
        execute("rectify.ui.addProblem");
        settle();
        Problem added = aspect.getProblems().get(aspect.getProblems().size() - 1);
        assertEquals("在实际工作中落实不够。", added.getHeadline());
        assertEquals(aspect.getProblems().size(), added.getNumber());
        IStructuredSelection selection = (IStructuredSelection) navigator.getSite().getSelectionProvider()
                .getSelection();
        assertEquals(List.of(added), selection.toList());
    }

    /** Types into the open input dialog and presses its default button. */
    private static void answer(String text) {
        Shell dialog = Display.getCurrent().getActiveShell();
        assertEquals("添加问题", dialog.getText());
        Text input = texts(dialog).get(0);
        input.setText(text);
        dialog.getDefaultButton().notifyListeners(SWT.Selection, null);
    }

    private static List<Text> texts(Control control) {
        if (control instanceof Text text) {
            return List.of(text);
        }
        return control instanceof Composite composite
                ? Arrays.stream(composite.getChildren()).flatMap(child -> texts(child).stream()).toList()
                : List.of();
    }
}
