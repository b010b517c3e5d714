package rectify.ledger.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerFixture;
import rectify.model.MeasureStatus;
import rectify.model.Verification;
import rectify.model.VerificationResult;

/**
 * The workflow planned → in progress → done → closed as commands on the register's one command
 * stack: what each rule refuses, closing through a verification, reopening on "not effective"
 * with the verification kept, and undo and redo of each step.
 */
class WorkflowTest {

    private static final LocalDate CHECKED = LedgerFixture.TODAY;

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
    void aMeasureGoesFromPlannedToClosedStepByStep() throws WorkflowException {
        f.execute(Workflow.start(f.domain(), f.m2));
        assertEquals(MeasureStatus.IN_PROGRESS, f.m2.getStatus());
        f.execute(Workflow.addProgress(f.domain(), f.m2, CHECKED, f.li, "召开专题研讨会。", List.of()));
        f.execute(Workflow.complete(f.domain(), f.m2));
        assertEquals(MeasureStatus.DONE, f.m2.getStatus());
        f.execute(Workflow.verify(f.domain(), f.m2, CHECKED, f.chen, VerificationResult.EFFECTIVE, "同意销号。"));
        assertEquals(MeasureStatus.CLOSED, f.m2.getStatus());
        Verification verification = f.m2.getVerification();
        assertEquals(CHECKED, verification.getDate());
        assertSame(f.chen, verification.getVerifier());
        assertEquals("同意销号。", verification.getRemarks());
        assertEquals("验收销号", stack.getUndoCommand().getLabel(), "the command is named for the undo menu");

        stack.undo();
        assertEquals(MeasureStatus.DONE, f.m2.getStatus());
        assertNull(f.m2.getVerification(), "undo removes the verification with the closing");
        stack.redo();
        assertEquals(MeasureStatus.CLOSED, f.m2.getStatus());
        assertSame(verification, f.m2.getVerification());
    }

    @Test
    void partlyEffectiveClosesToo() throws WorkflowException {
        f.execute(Workflow.verify(f.domain(), f.m4, CHECKED, f.chen, VerificationResult.PARTLY_EFFECTIVE, null));
        assertEquals(MeasureStatus.CLOSED, f.m4.getStatus());
        assertEquals(VerificationResult.PARTLY_EFFECTIVE, f.m4.getVerification().getResult());
    }

    @Test
    void notEffectiveReopensAndKeepsTheVerification() throws WorkflowException {
        f.execute(Workflow.verify(f.domain(), f.m4, CHECKED, f.chen, VerificationResult.NOT_EFFECTIVE,
                "联系点调研流于形式，需重新整改。"));
        assertEquals(MeasureStatus.IN_PROGRESS, f.m4.getStatus(), "not effective reopens the measure");
        assertNull(f.m4.getVerification(), "the measure is not closed");
        assertEquals(1, f.m4.getEarlierVerifications().size());
        Verification failed = f.m4.getEarlierVerifications().get(0);
        assertEquals(VerificationResult.NOT_EFFECTIVE, failed.getResult());
        assertEquals("联系点调研流于形式，需重新整改。", failed.getRemarks());
        assertEquals("验收无效，重新整改", stack.getUndoCommand().getLabel());

        f.execute(Workflow.addProgress(f.domain(), f.m4, CHECKED.plusDays(20), f.wang, "每名班子成员完成两次蹲点调研。",
                List.of()));
        f.execute(Workflow.complete(f.domain(), f.m4));
        f.execute(Workflow.verify(f.domain(), f.m4, CHECKED.plusDays(30), f.chen, VerificationResult.EFFECTIVE, null));
        assertEquals(MeasureStatus.CLOSED, f.m4.getStatus());
        assertEquals(List.of(failed), f.m4.getEarlierVerifications(), "the failed check stays in the history");
        assertEquals(CHECKED.plusDays(30), f.m4.getVerification().getDate());

        stack.undo();
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(MeasureStatus.DONE, f.m4.getStatus(), "undo goes back to before the failed check");
        assertTrue(f.m4.getEarlierVerifications().isEmpty());
    }

    @Test
    void aDoneMeasureWithAStrayVerificationKeepsItWhenCheckedAgain() throws WorkflowException {
        Verification stray = f.m5.getVerification();
        f.m5.setStatus(MeasureStatus.DONE); // e.g. data set by hand
        f.execute(Workflow.verify(f.domain(), f.m5, CHECKED, f.chen, VerificationResult.EFFECTIVE, null));
        assertEquals(List.of(stray), f.m5.getEarlierVerifications());
        assertEquals(CHECKED, f.m5.getVerification().getDate());
        stack.undo();
        assertSame(stray, f.m5.getVerification(), "undo puts the earlier verification back");
        assertTrue(f.m5.getEarlierVerifications().isEmpty());
    }

    @Test
    void closingNeedsVerifierDateAndResult() {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> Workflow.verify(f.domain(), f.m4, null, null, VerificationResult.EFFECTIVE, null));
        System.out.println("incomplete verification -> " + e.getMessage());
        assertTrue(e.getMessage().contains("建立基层联系点制度"), "names the measure: " + e.getMessage());
        assertTrue(e.getMessage().contains("验收人") && e.getMessage().contains("验收日期"), e.getMessage());
        assertThrows(WorkflowException.class, () -> Workflow.verify(f.domain(), f.m4, CHECKED, f.chen, null, null));
        assertEquals(MeasureStatus.DONE, f.m4.getStatus());
        assertTrue(f.m4.getVerification() == null && !stack.canUndo(), "nothing changed");
    }

    @Test
    void onlyDoneMeasuresAreVerified() {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> Workflow.verify(f.domain(), f.m1, CHECKED, f.chen, VerificationResult.EFFECTIVE, null));
        System.out.println("verify in progress -> " + e.getMessage());
        assertTrue(e.getMessage().contains("推进中") && e.getMessage().contains("已完成"), e.getMessage());
    }

    @Test
    void theRulesOfEachStep() {
        assertThrows(WorkflowException.class, () -> Workflow.start(f.domain(), f.m1), "already in progress");
        WorkflowException noProgress = assertThrows(WorkflowException.class, () -> Workflow.complete(f.domain(), f.m3));
        assertThrows(WorkflowException.class, () -> Workflow.complete(f.domain(), f.m2), "planned, not in progress");
        assertTrue(noProgress.getMessage().contains("进展"), noProgress.getMessage());
        assertThrows(WorkflowException.class, () -> Workflow.reopen(f.domain(), f.m1), "only done measures reopen");
        WorkflowException close = assertThrows(WorkflowException.class,
                () -> Workflow.moveTo(f.domain(), f.m4, MeasureStatus.CLOSED));
        assertTrue(close.getMessage().contains("验收"), close.getMessage());
        assertThrows(WorkflowException.class, () -> Workflow.moveTo(f.domain(), f.m1, MeasureStatus.PLANNED));
        assertThrows(WorkflowException.class,
                () -> Workflow.addProgress(f.domain(), f.m5, CHECKED, f.zhang, "补充。", List.of()),
                "a closed measure takes no more progress");
        assertThrows(WorkflowException.class,
                () -> Workflow.addProgress(f.domain(), f.m1, CHECKED, f.zhang, "  ", List.of()));
        assertThrows(WorkflowException.class,
                () -> Workflow.addProgress(f.domain(), f.m1, null, f.zhang, "补充。", List.of()));
        assertTrue(!stack.canUndo(), "refusals change nothing");
    }

    @Test
    void progressStartsAPlannedMeasureInOneUndo() throws WorkflowException {
        f.execute(Workflow.addProgress(f.domain(), f.m2, CHECKED, f.li, "制定研讨计划。", List.of()));
        assertEquals(MeasureStatus.IN_PROGRESS, f.m2.getStatus());
        assertEquals("制定研讨计划。", f.m2.getProgress().get(0).getText());
        stack.undo();
        assertEquals(MeasureStatus.PLANNED, f.m2.getStatus());
        assertTrue(f.m2.getProgress().isEmpty());
    }

    @Test
    void theStatusCellMovesAlongTheWorkflow() throws WorkflowException {
        assertEquals(EnumSet.of(MeasureStatus.IN_PROGRESS), Workflow.nextStatuses(f.m2));
        assertEquals(EnumSet.of(MeasureStatus.IN_PROGRESS, MeasureStatus.CLOSED), Workflow.nextStatuses(f.m4));
        assertTrue(Workflow.nextStatuses(f.m5).isEmpty());
        f.execute(LedgerEdits.set(f.domain(), f.m4, LedgerColumn.STATUS, MeasureStatus.IN_PROGRESS));
        assertEquals(MeasureStatus.IN_PROGRESS, f.m4.getStatus(), "done goes back to in progress");
        f.execute(LedgerEdits.set(f.domain(), f.m4, LedgerColumn.STATUS, MeasureStatus.DONE));
        assertEquals(MeasureStatus.DONE, f.m4.getStatus());
    }

    @Test
    void cellEditsAreCommandsThatUndo() throws WorkflowException {
        f.execute(LedgerEdits.set(f.domain(), f.m1, LedgerColumn.LEADER, f.wang));
        f.execute(LedgerEdits.set(f.domain(), f.m1, LedgerColumn.UNIT, f.party));
        f.execute(LedgerEdits.set(f.domain(), f.m1, LedgerColumn.MEASURE, "健全并落实理论学习制度。"));
        assertSame(f.wang, f.m1.getResponsibleLeader());
        assertSame(f.party, f.m1.getResponsibleUnit());
        assertEquals("修改整改措施", stack.getUndoCommand().getLabel());
        stack.undo();
        stack.undo();
        stack.undo();
        assertSame(f.zhang, f.m1.getResponsibleLeader());
        assertSame(f.office, f.m1.getResponsibleUnit());
        assertEquals("健全理论学习制度。", f.m1.getHeadline());
        assertThrows(IllegalArgumentException.class,
                () -> LedgerEdits.set(f.domain(), f.m1, LedgerColumn.DEADLINE, CHECKED), "deadlines need a reason");
        assertThrows(IllegalArgumentException.class,
                () -> LedgerEdits.set(f.domain(), f.m1, LedgerColumn.LEADER, f.office));
    }
}
