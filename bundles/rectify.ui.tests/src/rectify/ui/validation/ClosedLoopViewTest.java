package rectify.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.activate;
import static rectify.ui.Workbenches.revert;
import static rectify.ui.Workbenches.sample;
import static rectify.ui.Workbenches.waitUntil;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rectify.chain.commands.NewElements;
import rectify.model.Aspect;
import rectify.model.Problem;
import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.Review;
import rectify.ui.registers.OpenRegister;

/** The closed-loop view follows the rules as the register changes. */
class ClosedLoopViewTest {

    private final OpenRegister sample = sample();
    private final Review review = sample.register().getRecords().stream().filter(r -> r.getYear() == 2025)
            .findFirst().map(Record::getReview).orElseThrow();

    @AfterEach
    void leaveSampleUnchanged() {
        revert(sample);
    }

    private static List<String> rulesAbout(Table table, Object element) {
        return Arrays.stream(table.getItems())
                .filter(item -> ((Finding) item.getData()).element() == element)
                .map(item -> item.getText(1))
                .toList();
    }

    @Test
    void listsTheFindingsOfANewProblemUntilItIsLinked() {
        ClosedLoopView view = activate(ClosedLoopView.ID, ClosedLoopView.class);
        Table table = (Table) view.getAdapter(Control.class);
        Aspect aspect = review.getAspects().get(0);
        var add = NewElements.problem(sample.domain(), aspect);
        Problem problem = (Problem) NewElements.created(add);
        problem.setHeadline("新的问题。");
        sample.domain().getCommandStack().execute(add);

        waitUntil("the view lists the new problem", () -> rulesAbout(table, problem).contains("problem.cause"));
        assertTrue(rulesAbout(table, problem).contains("problem.measure"), rulesAbout(table, problem).toString());
        TableItem row = Arrays.stream(table.getItems()).filter(item -> ((Finding) item.getData()).element() == problem)
                .findFirst().orElseThrow();
        assertEquals(review.eContainer(), ((Finding) row.getData()).record());
        assertTrue(row.getText(4).contains("2025"), "record column: " + row.getText(4));
        assertTrue(view.getContentDescription().contains("个错误"), view.getContentDescription());

        CompoundCommand link = new CompoundCommand();
        link.append(AddCommand.create(sample.domain(), problem, RectifyPackage.Literals.PROBLEM__CAUSES,
                review.getCauses().get(0)));
        link.append(AddCommand.create(sample.domain(), problem, RectifyPackage.Literals.PROBLEM__MEASURES,
                review.getDirections().get(0).getMeasures().get(0)));
        sample.domain().getCommandStack().execute(link);
        waitUntil("the linked problem's findings go away", () -> rulesAbout(table, problem).isEmpty());
    }
}
