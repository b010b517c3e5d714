package rectify.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.lib.BatchingProgressMonitor;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.core.merge.ModelDiff;
import rectify.core.merge.ThreeWayMerge;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Register;

/**
 * Two departments edit the same record at once in two clones of one register served by JGit's
 * daemon (git://): different measures merge; the same field is a conflict with both values, which
 * leaves everything as it was until decided; removing a measure the other side changed is a
 * conflict too.
 */
class TwoUsersTest {

    @TempDir
    Path scratch;

    private GitServers servers;
    private Path office;
    private Path unit;

    @BeforeEach
    void shareAndJoin() throws IOException {
        servers = new GitServers(scratch.resolve("server"));
        servers.bare("register");
        String url = servers.daemon("register");
        office = scratch.resolve("党委办");
        Folders.sharedSample(scratch, office);
        Integration.Result first = Sync.run(office, url, null, NullProgressMonitor.INSTANCE, null);
        assertTrue(first.merged());
        unit = scratch.resolve("责任处室");
        Sharing.join(url, unit, null, NullProgressMonitor.INSTANCE);
    }

    @AfterEach
    void stop() throws IOException {
        servers.close();
    }

    private static String head(Path folder) throws IOException {
        return Folders.gitOk(folder, "rev-parse", "HEAD").strip();
    }

    @Test
    void editsOfDifferentMeasuresMergeAndBothClonesEndEqual() throws IOException {
        Folders.edit(office, r -> Folders.measure(r, 0).setStatus(MeasureStatus.DONE));
        Folders.edit(unit, r -> Folders.measure(r, 1).setHeadline("责任处室改的措施"));
        List<String> tasks = new ArrayList<>();
        BatchingProgressMonitor progress = new BatchingProgressMonitor() {
            @Override
            protected void onUpdate(String task, int workCurr, java.time.Duration duration) {
                tasks.add(task);
            }

            @Override
            protected void onEndTask(String task, int workCurr, java.time.Duration duration) {
                tasks.add(task);
            }

            @Override
            protected void onUpdate(String task, int workCurr, int workTotal, int percentDone,
                    java.time.Duration duration) {
                tasks.add(task);
            }

            @Override
            protected void onEndTask(String task, int workCurr, int workTotal, int percentDone,
                    java.time.Duration duration) {
                tasks.add(task);
            }
        };
        progress.setDelayStart(0, java.util.concurrent.TimeUnit.MILLISECONDS);

        assertTrue(Sync.run(office, null, null, progress, null).merged());
        Integration.Result merged = Sync.run(unit, null, null, NullProgressMonitor.INSTANCE, null);
        assertTrue(merged.merged());
        assertEquals(List.of(), merged.conflicts());
        assertTrue(Sync.run(office, null, null, NullProgressMonitor.INSTANCE, null).merged());

        Register atOffice = RegisterFiles.load(office);
        Register atUnit = RegisterFiles.load(unit);
        assertEquals(List.of(), ModelDiff.between(atOffice, atUnit), "both clones hold the same register");
        assertEquals(MeasureStatus.DONE, Folders.measure(atUnit, 0).getStatus());
        assertEquals("责任处室改的措施", Folders.measure(atOffice, 1).getHeadline());
        assertEquals(head(office), head(unit));
        assertEquals("", Folders.gitOk(unit, "status", "--porcelain"));
        String log = Folders.gitOk(unit, "log", "-1", "--format=%P%n%B");
        assertEquals(2, log.lines().findFirst().orElseThrow().split(" ").length, "a merge commit: " + log);
        assertTrue(log.contains("Merged the changes from"), log);
        assertFalse(tasks.isEmpty(), "the transfer reports its progress");
        Folders.gitOk(servers.repository("register"), "fsck", "--full");
    }

    @Test
    void theSameFieldChangedTwoWaysIsAConflictThatChangesNothingUntilDecided() throws IOException {
        Folders.edit(office, r -> Folders.measure(r, 2).setStatus(MeasureStatus.DONE));
        Folders.edit(unit, r -> Folders.measure(r, 2).setStatus(MeasureStatus.IN_PROGRESS));
        Sync.run(office, null, null, NullProgressMonitor.INSTANCE, null);
        String before = head(unit);

        Integration.Result left = Sync.run(unit, null, null, NullProgressMonitor.INSTANCE, null);
        assertFalse(left.merged());
        assertEquals(1, left.conflicts().size());
        ThreeWayMerge.Conflict conflict = left.conflicts().get(0).conflict();
        assertEquals("status", conflict.feature().getName());
        assertEquals(List.of(MeasureStatus.IN_PROGRESS), conflict.values(ThreeWayMerge.Side.MINE));
        assertEquals(List.of(MeasureStatus.DONE), conflict.values(ThreeWayMerge.Side.THEIRS));
        assertEquals(before, head(unit), "nothing merged");
        assertEquals(MeasureStatus.IN_PROGRESS, Folders.measure(RegisterFiles.load(unit), 2).getStatus());

        Integration.Result decided = Sync.run(unit, null, null, NullProgressMonitor.INSTANCE, merge -> {
            merge.chooseAll(ThreeWayMerge.Side.THEIRS);
            return true;
        });
        assertTrue(decided.merged());
        assertEquals(MeasureStatus.DONE, Folders.measure(RegisterFiles.load(unit), 2).getStatus());
        Sync.run(office, null, null, NullProgressMonitor.INSTANCE, null);
        assertEquals(head(office), head(unit));
    }

    @Test
    void removingAMeasureTheOtherSideChangedIsAConflict() throws IOException {
        Folders.edit(office, r -> EcoreUtil.delete(Folders.measure(r, 2)));
        Folders.edit(unit, r -> Folders.measure(r, 2).setText("责任处室补充的措施内容"));
        Sync.run(office, null, null, NullProgressMonitor.INSTANCE, null);

        Integration.Result left = Sync.run(unit, null, null, NullProgressMonitor.INSTANCE, null);
        assertEquals(1, left.conflicts().size());
        assertEquals(ThreeWayMerge.Conflict.Kind.REMOVED_BY_THEIRS, left.conflicts().get(0).conflict().kind());

        Integration.Result kept = Sync.run(unit, null, null, NullProgressMonitor.INSTANCE, merge -> true);
        assertTrue(kept.merged());
        assertEquals("责任处室补充的措施内容", Folders.measure(RegisterFiles.load(unit), 2).getText(), "kept, as decided here");
    }

    @Test
    void theMergedRecordsAreValidatedAndWhatTheyNowBreakIsTold() throws IOException {
        java.util.function.Function<Register, Measure> example = r -> r.getRecords().stream()
                .filter(record -> record.getTitle().contains("示例")).findFirst().orElseThrow().getReview()
                .getDirections()
                .get(0).getMeasures().get(0);
        Folders.edit(unit, r -> example.apply(r).setDeadline(null));
        Folders.edit(office, r -> Folders.measure(r, 1).setHeadline("党委办同时改的措施"));
        Sync.run(unit, null, null, NullProgressMonitor.INSTANCE, null);

        Integration.Result merged = Sync.run(office, null, null, NullProgressMonitor.INSTANCE, null);

        assertTrue(merged.merged());
        assertTrue(merged.broken().stream().anyMatch(d -> "measure.deadline".equals(
                rectify.validation.RegisterValidation.ruleOf(d).id())), merged.broken().toString());
    }
}
