package rectify.ledger.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.ledger.LedgerFixture;
import rectify.model.DeadlineChange;
import rectify.model.Measure;
import rectify.model.Register;

/** A deadline changes only with a reason, and every change stays in the measure's history. */
class DeadlineHistoryTest {

    @TempDir
    Path dir;

    private LedgerFixture f;
    private CommandStack stack;

    @BeforeEach
    void open() {
        f = new LedgerFixture().savedIn(dir);
        stack = f.domain().getCommandStack();
    }

    @Test
    void eachChangeIsKeptWithItsReasonAndSurvivesASave() throws Exception {
        LocalDate first = f.m3.getDeadline();
        LocalDate second = first.plusMonths(3);
        LocalDate third = second.plusMonths(1);
        f.execute(Workflow.changeDeadline(f.domain(), f.m3, second, "需与省级平台升级同步。", LedgerFixture.TODAY));
        f.execute(Workflow.changeDeadline(f.domain(), f.m3, third, "平台升级再次推迟。", LedgerFixture.TODAY.plusDays(50)));
        assertEquals(third, f.m3.getDeadline());
        assertEquals(2, f.m3.getDeadlineChanges().size());
        DeadlineChange change = f.m3.getDeadlineChanges().get(0);
        assertEquals(first, change.getPreviousDeadline());
        assertEquals(second, change.getNewDeadline());
        assertEquals("需与省级平台升级同步。", change.getReason());
        assertEquals(LedgerFixture.TODAY, change.getDate());
        assertEquals(second, f.m3.getDeadlineChanges().get(1).getPreviousDeadline());
        assertEquals("调整完成时限", stack.getUndoCommand().getLabel());

        RegisterFiles.save(f.register.eResource());
        Register loaded = RegisterFiles.load(f.folder().resolve("台账.rectify"));
        Measure reread = loaded.getRecords().get(0).getReview().getDirections().get(1).getMeasures().get(0);
        assertEquals(third, reread.getDeadline());
        assertEquals("平台升级再次推迟。", reread.getDeadlineChanges().get(1).getReason());

        stack.undo();
        assertEquals(second, f.m3.getDeadline(), "undo restores the deadline");
        assertEquals(1, f.m3.getDeadlineChanges().size(), "and takes the change out of the history");
    }

    @Test
    void aChangeNeedsAReasonANewDeadlineAndAnOpenMeasure() {
        WorkflowException blank = assertThrows(WorkflowException.class,
                () -> Workflow.changeDeadline(f.domain(), f.m3, f.m3.getDeadline().plusDays(30), "  ",
                        LedgerFixture.TODAY));
        System.out.println("no reason -> " + blank.getMessage());
        assertTrue(blank.getMessage().contains("理由") && blank.getMessage().contains("精简会议文件"), blank.getMessage());
        assertThrows(WorkflowException.class,
                () -> Workflow.changeDeadline(f.domain(), f.m3, null, "理由", LedgerFixture.TODAY));
        assertThrows(WorkflowException.class,
                () -> Workflow.changeDeadline(f.domain(), f.m3, f.m3.getDeadline(), "理由", LedgerFixture.TODAY));
        WorkflowException closed = assertThrows(WorkflowException.class,
                () -> Workflow.changeDeadline(f.domain(), f.m5, LedgerFixture.TODAY, "理由", LedgerFixture.TODAY));
        assertTrue(closed.getMessage().contains("已销号"), closed.getMessage());
        assertTrue(f.m3.getDeadlineChanges().isEmpty() && !stack.canUndo());
    }

    @Test
    void aFirstDeadlineIsRecordedToo() throws WorkflowException {
        f.m2.setDeadline(null);
        LocalDate set = LedgerFixture.TODAY.plusMonths(2);
        f.execute(Workflow.changeDeadline(f.domain(), f.m2, set, "党委会确定完成时限。", LedgerFixture.TODAY));
        DeadlineChange change = f.m2.getDeadlineChanges().get(0);
        assertEquals(null, change.getPreviousDeadline());
        assertEquals(set, change.getNewDeadline());
        assertEquals(set, f.m2.getDeadline());
    }
}
