package rectify.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.ui.Workbenches.revert;
import static rectify.ui.Workbenches.sample;

import java.time.Year;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rectify.model.Meeting;
import rectify.model.Record;
import rectify.ui.registers.OpenRegister;

/** The New Meeting wizard, driven through its pages as a user does. */
class NewRecordWizardTest {

    private final OpenRegister sample = sample();

    @AfterEach
    void leaveSampleUnchanged() {
        revert(sample);
    }

    private static WizardDialog open(NewRecordWizard wizard) {
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    private static <T extends Control> List<T> find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return List.of(type.cast(control));
        }
        return control instanceof Composite composite
                ? Arrays.stream(composite.getChildren()).flatMap(child -> find(child, type).stream()).toList()
                : List.of();
    }

    private Record last() {
        return sample.register().getRecords().get(sample.register().getRecords().size() - 1);
    }

    @Test
    void addsAMeetingWithTheSuggestedTitleFromTheBuiltInTemplate() {
        int records = sample.register().getRecords().size();
        NewRecordWizard wizard = new NewRecordWizard();
        WizardDialog dialog = open(wizard);
        try {
            Text title = find(wizard.getPage("record").getControl(), Text.class).get(0);
            assertEquals(Year.now().getValue() + "年度民主生活会", title.getText());
            assertTrue(wizard.canFinish(), "the wizard cannot finish with its defaults");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        assertEquals(records + 1, sample.register().getRecords().size());
        Meeting meeting = (Meeting) last();
        assertEquals(Year.now().getValue(), meeting.getYear());
        assertEquals(5, meeting.getReview().getAspects().size());
        assertSame(BuiltInTemplate.in(sample.register()), meeting.getReview().getTemplate());
    }

    @Test
    void makesATemplateFromTheNoticeTyped() {
        NewRecordWizard wizard = new NewRecordWizard();
        WizardDialog dialog = open(wizard);
        try {
            Table choices = find(wizard.getPage("template").getControl(), Table.class).get(0);
            dialog.showPage(wizard.getPage("template"));
            choices.setSelection(choices.getItemCount() - 1);
            choices.notifyListeners(SWT.Selection, null);
            assertFalse(wizard.canFinish(), "the notice is not described yet");
            dialog.showPage(wizard.getNextPage(wizard.getPage("template")));
            List<Text> fields = find(wizard.getPage("notice").getControl(), Text.class);
            fields.get(0).setText("关于召开2026年度民主生活会的通知");
            fields.get(2).setText("在加强理论学习方面｜理论学习\n在履职尽责方面｜担当作为\n");
            assertTrue(wizard.canFinish(), wizard.getPage("notice").getErrorMessage());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Meeting meeting = (Meeting) last();
        assertEquals("关于召开2026年度民主生活会的通知", meeting.getBasisNotice().getTitle());
        assertEquals(List.of("理论学习", "担当作为"),
                meeting.getReview().getAspects().stream().map(a -> a.getShortName()).toList());
        assertSame(sample.register(), meeting.getReview().getTemplate().eContainer());
    }
}
