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
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rectify.chain.commands.NewElements;
import rectify.model.Aspect;
import rectify.model.Problem;
import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.Review;
import rectify.ui.registers.OpenRegister;

/** The closed-loop view follows the rules as the register changes, by record and by rule in words. */
class ClosedLoopViewTest {

    private final OpenRegister sample = sample();
    private final Review review = sample.register().getRecords().stream().filter(r -> r.getYear() == 2025)
            .findFirst().map(Record::getReview).orElseThrow();

    @AfterEach
    void leaveSampleUnchanged() {
        revert(sample);
    }

    private static List<String> rulesAbout(ClosedLoopView view, Object element) {
        return view.findings().stream().filter(finding -> finding.element() == element).map(Finding::ruleId).toList();
    }

    private static TreeItem recordItem(ClosedLoopView view, int year) {
        Tree tree = (Tree) view.getAdapter(Control.class);
        return Arrays.stream(tree.getItems()).filter(item -> item.getText(0).startsWith(year + "年度"))
                .findFirst().orElseThrow(() -> new AssertionError("no line for the record of " + year));
    }

    @Test
    void listsTheFindingsOfANewProblemUntilItIsLinked() {
        ClosedLoopView view = activate(ClosedLoopView.ID, ClosedLoopView.class);
        Aspect aspect = review.getAspects().get(0);
        var add = NewElements.problem(sample.domain(), aspect);
        Problem problem = (Problem) NewElements.created(add);
        problem.setHeadline("新的问题。");
        sample.domain().getCommandStack().execute(add);

        waitUntil("the view lists the new problem", () -> rulesAbout(view, problem).contains("problem.cause"));
        assertTrue(rulesAbout(view, problem).contains("problem.measure"), rulesAbout(view, problem).toString());
        Finding finding = view.findings().stream().filter(f -> f.element() == problem).findFirst().orElseThrow();
        assertEquals(review.eContainer(), finding.record());
        TreeItem record = recordItem(view, 2025);
        assertTrue(record.getExpanded(), "a record shows its rules");
        List<String> rules = Arrays.stream(record.getItems()).map(item -> item.getText(0)).toList();
        assertTrue(rules.contains("每个问题都有原因（1 处）"), rules.toString());
        assertTrue(view.getContentDescription().contains("个错误"), view.getContentDescription());

        CompoundCommand link = new CompoundCommand();
        link.append(AddCommand.create(sample.domain(), problem, RectifyPackage.Literals.PROBLEM__CAUSES,
                review.getCauses().get(0)));
        link.append(AddCommand.create(sample.domain(), problem, RectifyPackage.Literals.PROBLEM__MEASURES,
                review.getDirections().get(0).getMeasures().get(0)));
        sample.domain().getCommandStack().execute(link);
        waitUntil("the linked problem's findings go away", () -> rulesAbout(view, problem).isEmpty());
    }

    @Test
    void theManyGapsOfTheImportedDocumentReadAsAFewRulesInWords() {
        ClosedLoopView view = activate(ClosedLoopView.ID, ClosedLoopView.class);
        waitUntil("the view lists the 2021 record", () -> view.findings().stream()
                .anyMatch(finding -> finding.record() != null && finding.record().getYear() == 2021));
        long findings2021 = view.findings().stream().filter(f -> f.record() != null && f.record().getYear() == 2021)
                .count();
        TreeItem record = recordItem(view, 2021);

        assertTrue(findings2021 > 20, "the document writes no links: " + findings2021);
        assertTrue(record.getItemCount() <= 6, "one line per rule, not per finding: " + record.getItemCount());
        assertTrue(record.getText(1).contains(findings2021 + " 个错误"), record.getText(1));
        TreeItem rule = Arrays.stream(record.getItems()).filter(item -> item.getText(0).startsWith("每个问题都有原因"))
                .findFirst().orElseThrow();
        assertEquals("每个问题都有原因（15 处）", rule.getText(0));
        CellLabelProvider labels = view.viewer().getLabelProvider(0);
        assertEquals("规则 problem.cause", labels.getToolTipText(rule.getData()), "the rule's id stays at hand");
    }
}
