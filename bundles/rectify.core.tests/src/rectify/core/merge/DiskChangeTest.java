package rectify.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.core.io.SampleRegisters;
import rectify.core.merge.MergeReport.Reason;
import rectify.model.Aspect;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Register;
import rectify.model.Review;

/**
 * An open register whose file another writer changed: reloaded in place when it has no unsaved
 * changes, reloaded with the user's changes applied again, or merged by element identity; nothing
 * of either side is lost silently.
 */
class DiskChangeTest {

    @TempDir
    Path dir;

    private Path file;
    private Resource open;
    private UnsavedChanges unsaved;
    private BasicCommandStack stack;

    @BeforeEach
    void openARegister() throws IOException {
        file = dir.resolve("台账.rectify");
        RegisterFiles.save(SampleRegisters.meeting(3, 5), file);
        open = RegisterFiles.load(RegisterFiles.newResourceSet(), file);
        unsaved = UnsavedChanges.record(open);
        stack = new BasicCommandStack();
    }

    private Register register() {
        return (Register) open.getContents().get(0);
    }

    private Review review() {
        return register().getRecords().get(0).getReview();
    }

    private static Review review(Register register) {
        return register.getRecords().get(0).getReview();
    }

    private static Meeting meeting(String title) {
        Meeting meeting = RectifyFactory.eINSTANCE.createMeeting();
        meeting.setTitle(title);
        return meeting;
    }

    /** Another writer adds a record, renames measure 1 and removes problem 5, as a command would. */
    private String anotherWriterChangesTheFile() throws IOException {
        return RegisterFiles.update(file, Duration.ofSeconds(5), (register, created) -> {
            Meeting added = meeting("命令加的记录");
            register.getRecords().add(added);
            review(register).getDirections().get(0).getMeasures().get(0).setHeadline("磁盘上改的措施");
            EcoreUtil.delete(review(register).getAspects().get(0).getProblems().get(4));
            return added.eResource().getURIFragment(added);
        });
    }

    private List<String> titles() {
        return register().getRecords().stream().map(r -> r.getTitle()).toList();
    }

    @Test
    void anUnmodifiedRegisterReloadsInPlaceKeepingItsElements() throws IOException {
        Aspect aspect = review().getAspects().get(0);
        Problem first = aspect.getProblems().get(0);
        String addedId = anotherWriterChangesTheFile();

        DiskChange change = DiskChange.read(open, unsaved);
        DiskChange.Difference difference = change.difference();
        assertEquals(1, difference.added(), difference.toString());
        assertEquals(1, difference.removed(), difference.toString());
        assertTrue(difference.changed() >= 1, difference.toString());
        change.reload();

        assertEquals(List.of("2021年度党员领导干部民主生活会", "命令加的记录"), titles());
        assertNotNull(open.getEObject(addedId), "the record added on disk has its identifier");
        assertSame(aspect, review().getAspects().get(0), "an element in both versions is the same object");
        assertSame(first, aspect.getProblems().get(0));
        assertEquals(4, aspect.getProblems().size());
        assertEquals("磁盘上改的措施", review().getDirections().get(0).getMeasures().get(0).getHeadline());
        assertFalse(RegisterFiles.isChangedOnDisk(open));
        RegisterFiles.save(open); // saved over the version read: no conflict
    }

    @Test
    void reloadingKeepingChangesAppliesTheUsersChangesAgainWhereTheyStillApply() throws IOException {
        Measure second = review().getDirections().get(0).getMeasures().get(1);
        second.setStatus(MeasureStatus.IN_PROGRESS);
        Problem mine = RectifyFactory.eINSTANCE.createProblem();
        mine.setHeadline("窗口里加的问题");
        mine.getMeasures().add(second);
        review().getAspects().get(0).getProblems().add(1, mine);
        Problem fifth = review().getAspects().get(0).getProblems().get(5);
        fifth.setHeadline("窗口里改的第五个问题");
        review().getPreamble().addAll(List.of("同上。", "同上。"));
        String minesId = open.getURIFragment(mine);
        anotherWriterChangesTheFile();

        DiskChange change = DiskChange.read(open, unsaved);
        MergeReport report = new MergeReport();
        Command reapply = change.reloadKeepingChanges(report);
        assertEquals(4, review().getAspects().get(0).getProblems().size(), "the file as on disk, at once");
        stack.execute(reapply);

        assertTrue(stack.isSaveNeeded(), "the changes are unsaved again");
        assertEquals(List.of("2021年度党员领导干部民主生活会", "命令加的记录"), titles());
        List<Problem> problems = review().getAspects().get(0).getProblems();
        assertEquals(5, problems.size());
        assertEquals("窗口里加的问题", problems.get(1).getHeadline());
        assertEquals(minesId, open.getURIFragment(problems.get(1)), "the element added keeps its identifier");
        assertSame(second, problems.get(1).getMeasures().get(0), "its reference points at the reloaded measure");
        assertSame(second, review().getDirections().get(0).getMeasures().get(1), "the measure is the same object");
        assertEquals(MeasureStatus.IN_PROGRESS, second.getStatus());
        assertEquals("磁盘上改的措施", review().getDirections().get(0).getMeasures().get(0).getHeadline());
        assertEquals(List.of("同上。", "同上。"), review().getPreamble());
        assertTrue(report.skipped().stream().anyMatch(s -> s.reason() == Reason.ELEMENT_GONE
                && s.feature() == RectifyPackage.Literals.CHAIN_ELEMENT__HEADLINE), report.skipped().toString());

        stack.undo();
        assertEquals(4, review().getAspects().get(0).getProblems().size(), "undo shows the file as on disk");
        assertFalse(stack.isSaveNeeded());
        stack.redo();
        RegisterFiles.save(open);
        Register saved = RegisterFiles.load(file);
        assertEquals(5, review(saved).getAspects().get(0).getProblems().size());
        assertEquals(2, saved.getRecords().size());
    }

    @Test
    void mergingKeepsTheUsersEditsAndWhatWasChangedOnDisk() throws IOException {
        Measure first = review().getDirections().get(0).getMeasures().get(0);
        first.setHeadline("窗口里改的措施");
        register().getRecords().add(meeting("窗口里加的记录"));
        EObject removedHere = review().getAspects().get(0).getProblems().get(2);
        String removedId = open.getURIFragment(removedHere);
        EcoreUtil.delete(removedHere);
        String addedId = anotherWriterChangesTheFile();

        RegisterFileException conflict = org.junit.jupiter.api.Assertions.assertThrows(RegisterFileException.class,
                () -> RegisterFiles.save(open));
        assertEquals(RegisterFileException.Problem.CHANGED_ON_DISK, conflict.getProblem());
        DiskChange change = DiskChange.read(open, unsaved);
        ThreeWayMerge merge = change.threeWay();
        assertEquals(1, merge.conflicts().size(), "the measure renamed both ways: " + merge.conflicts());
        ThreeWayMerge.Conflict renamed = merge.conflicts().get(0);
        assertEquals(ThreeWayMerge.Conflict.Kind.VALUE, renamed.kind());
        assertEquals(List.of("窗口里改的措施"), renamed.values(ThreeWayMerge.Side.MINE));
        assertEquals(List.of("磁盘上改的措施"), renamed.values(ThreeWayMerge.Side.THEIRS));
        MergeReport report = new MergeReport();
        stack.execute(change.merge(merge, report));

        assertEquals(List.of("2021年度党员领导干部民主生活会", "命令加的记录", "窗口里加的记录"), titles());
        assertEquals(List.of(open.getEObject(addedId)), report.kept());
        assertEquals("窗口里改的措施", first.getHeadline(), "the user's edit stays, chosen by default");
        assertEquals(3, review().getAspects().get(0).getProblems().size(),
                "what the user removed stays removed, and so does what was removed on disk");
        assertNull(open.getEObject(removedId));

        RegisterFiles.save(open);
        Register saved = RegisterFiles.load(file);
        assertEquals(3, saved.getRecords().size());
        assertEquals(3, review(saved).getAspects().get(0).getProblems().size());

        stack.undo();
        assertEquals(2, register().getRecords().size());
        assertTrue(RegisterFiles.isChangedOnDisk(open), "undone, the register is no longer saved over the file");
    }

    @Test
    void aConflictDecidedForTheFileOnDiskTakesItsValue() throws IOException {
        Measure first = review().getDirections().get(0).getMeasures().get(0);
        first.setHeadline("窗口里改的措施");
        first.setStatus(MeasureStatus.DONE);
        anotherWriterChangesTheFile();

        DiskChange change = DiskChange.read(open, unsaved);
        ThreeWayMerge merge = change.threeWay();
        merge.choose(merge.conflicts().get(0), ThreeWayMerge.Side.THEIRS);
        stack.execute(change.merge(merge, new MergeReport()));

        assertEquals("磁盘上改的措施", first.getHeadline(), "the value chosen");
        assertEquals(MeasureStatus.DONE, first.getStatus(), "the user's other change of the measure stays");
        assertSame(first, review().getDirections().get(0).getMeasures().get(0));
    }

    @Test
    void theUnsavedChangesStartAgainAtEachSavePoint() throws IOException {
        review().getDirections().get(0).getMeasures().get(0).setHeadline("保存过的");
        RegisterFiles.save(open);
        unsaved.savePoint();
        anotherWriterChangesTheFile();

        DiskChange change = DiskChange.read(open, unsaved);
        stack.execute(change.reloadKeepingChanges(new MergeReport()));

        assertEquals("磁盘上改的措施", review().getDirections().get(0).getMeasures().get(0).getHeadline(),
                "a change saved before is not applied again over the later one on disk");
    }
}
