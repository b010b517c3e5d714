package rectify.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.activate;
import static rectify.ui.Workbenches.execute;
import static rectify.ui.Workbenches.revert;
import static rectify.ui.Workbenches.sample;
import static rectify.ui.Workbenches.settle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.ui.provider.ExtendedImageRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ShowInContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rectify.model.Aspect;
import rectify.model.Inspection;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.provider.RectifyEditPlugin;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.RegisterSaveable;

/** The register navigator on the sample register, in Chinese. */
class NavigatorTest {

    private RegisterNavigator navigator;
    private OpenRegister sample;
    private Record record2021;

    @BeforeEach
    void showNavigator() {
        navigator = activate(RegisterNavigator.ID, RegisterNavigator.class);
        sample = sample();
        record2021 = sample.register().getRecords().stream().filter(r -> r.getYear() == 2021).findFirst().orElseThrow();
    }

    @AfterEach
    void leaveSampleUnchanged() {
        revert(sample);
    }

    private TreeItem reveal(EObject element) {
        assertTrue(navigator.show(new ShowInContext(null, new StructuredSelection(element))), "not shown: " + element);
        settle();
        TreeItem[] selected = tree().getSelection();
        assertEquals(1, selected.length, "selected items");
        assertSame(element, selected[0].getData());
        return selected[0];
    }

    private Tree tree() {
        return (Tree) navigator.getAdapter(Control.class);
    }

    private static List<String> path(TreeItem item) {
        List<String> texts = new ArrayList<>();
        for (TreeItem at = item; at != null; at = at.getParentItem()) {
            texts.add(0, at.getText());
        }
        return texts;
    }

    @Test
    void groupsRecordsByYearNewestFirstThenByKindWithCounts() {
        List<String> path = path(reveal(record2021));
        assertEquals(4, path.size(), path.toString());
        assertTrue(path.get(0).endsWith("sample-register.rectify"), path.get(0));
        assertEquals("2021年（1）", path.get(1));
        assertEquals("会议（1）", path.get(2));
        assertEquals("2021年度党员领导干部民主生活会", path.get(3));
        TreeItem registerItem = tree().getSelection()[0].getParentItem().getParentItem().getParentItem();
        List<String> years = Arrays.stream(registerItem.getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("2025年（1）", "2021年（1）"), years);
    }

    @Test
    void showsTheReviewInThreePartsWithTheirCounts() {
        Aspect aspect = record2021.getReview().getAspects().get(0);
        TreeItem section = reveal(aspect).getParentItem();
        assertEquals("问题（" + record2021.getProblemCount() + "）", section.getText());
        List<String> parts = Arrays.stream(section.getParentItem().getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("问题（" + record2021.getProblemCount() + "）", "原因（" + record2021.getCauseCount() + "）",
                "整改措施（" + record2021.getMeasureCount() + "）"), parts);
    }

    @Test
    void groupsAnInspectionApartFromTheMeetingsOfItsYear() {
        Inspection inspection = RectifyFactory.eINSTANCE.createInspection();
        inspection.setTitle("2021年度巡察反馈问题整改");
        inspection.setYear(2021);
        sample.domain().getCommandStack().execute(AddCommand.create(sample.domain(), sample.register(),
                RectifyPackage.Literals.REGISTER__RECORDS, inspection));
        settle();
        List<String> path = path(reveal(inspection));
        assertEquals(List.of("2021年（2）", "检查（1）", "2021年度巡察反馈问题整改"), path.subList(1, 4));
        List<String> kinds = Arrays.stream(tree().getSelection()[0].getParentItem().getParentItem().getItems())
                .map(TreeItem::getText).toList();
        assertEquals(List.of("会议（1）", "检查（1）"), kinds);
    }

    @Test
    void deletesTheSelectionInOneCommandThatUndoes() {
        Aspect aspect = record2021.getReview().getAspects().get(1);
        Problem problem = aspect.getProblems().get(1);
        int problems = aspect.getProblems().size();
        TreeItem aspectItem = reveal(problem).getParentItem();
        activateNavigator();

        execute(ActionFactory.DELETE.getCommandId());
        settle();
        assertFalse(aspect.getProblems().contains(problem), "the problem was not deleted");
        assertEquals(problems - 1, aspectItem.getItemCount(), "the tree still shows the problem");
        assertTrue(sample.isDirty());
        assertTrue(navigator.isDirty(), "the navigator is not dirty");
        IActionBars bars = navigator.getViewSite().getActionBars();
        assertEquals("撤销删除(&U)", bars.getGlobalActionHandler(ActionFactory.UNDO.getId()).getText());

        execute(ActionFactory.UNDO.getCommandId());
        settle();
        assertSame(problem, aspect.getProblems().get(1), "undo did not put the problem back in its place");
        assertFalse(sample.isDirty());
        assertEquals("重做删除(&R)", bars.getGlobalActionHandler(ActionFactory.REDO.getId()).getText());
    }

    private void activateNavigator() {
        navigator.getSite().getPage().activate(navigator);
        settle();
    }

    @Test
    void renamesARecordInOneCommand() {
        RenameAction.rename(record2021, "改过的标题");
        settle();
        assertEquals("改过的标题", record2021.getTitle());
        assertEquals("改过的标题", reveal(record2021).getText());
        sample.domain().getCommandStack().undo();
        assertEquals("2021年度党员领导干部民主生活会", record2021.getTitle());
    }

    @Test
    void offersTheRegisterToTheWorkbenchAsASaveable() {
        reveal(record2021);
        assertEquals(List.of(new RegisterSaveable(sample)), List.of(navigator.getActiveSaveables()));
        assertFalse(navigator.getActiveSaveables()[0].isDirty());
        RenameAction.rename(record2021, "改过的标题");
        settle();
        assertTrue(navigator.getActiveSaveables()[0].isDirty());
        assertTrue(tree().getItem(0).getText().startsWith("*"),
                "no * on the changed register: " + tree().getItem(0).getText());
    }

    @Test
    void marksRecordsThatBreakTheClosedLoop() {
        assertTrue(sample.severityWithin(record2021) >= Diagnostic.WARNING, "the sample's 2021 record has no findings");
        assertEquals(sample.severityWithin(record2021), NavigatorLabelProvider.severity(record2021));
        assertEquals(sample.severityWithin(record2021), NavigatorLabelProvider.severity(KindGroup.of(record2021)));
        TreeItem item = reveal(record2021);
        Object plain = ExtendedImageRegistry.INSTANCE
                .getImage(RectifyEditPlugin.INSTANCE.getImage("full/obj16/Meeting"));
        assertNotNull(item.getImage());
        assertNotSame(plain, item.getImage(), "the record's icon carries no mark");
    }
}
