package rectify.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.lib.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.core.merge.ModelDiff;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Register;

/**
 * An inspection team on a standalone machine and the office exchange changes on removable media:
 * a full hand-over file first, then only the changes since the last exchange, each applied with the
 * same merge as synchronising.
 */
class HandoverTest {

    @TempDir
    Path scratch;

    private Path office;
    private Path team;

    @BeforeEach
    void handOverTheWholeRegister() throws IOException {
        office = scratch.resolve("党委办");
        Folders.sharedSample(scratch, office);
        Path full = scratch.resolve("U盘/全部.bundle");
        Files.createDirectories(full.getParent());
        Handover.Written written = Handover.create(office, full, false, NullProgressMonitor.INSTANCE);
        assertTrue(written.full(), "nothing exchanged yet: the whole history");
        team = scratch.resolve("巡察组单机");
        Sharing.join(full.toString(), team, null, NullProgressMonitor.INSTANCE);
    }

    @Test
    void changesSinceTheLastExchangeGoBothWaysAndMerge() throws IOException {
        Folders.edit(team, r -> Folders.measure(r, 0).setStatus(MeasureStatus.DONE));
        Folders.edit(office, r -> Folders.measure(r, 1).setHeadline("党委办改的措施"));

        Path fromTeam = scratch.resolve("U盘/巡察组.bundle");
        Handover.Written written = Handover.create(team, fromTeam, false, null);
        assertFalse(written.full(), "only what the office does not have");
        assertEquals(1, written.commits());
        assertTrue(Files.size(fromTeam) < Files.size(scratch.resolve("U盘/全部.bundle")));
        Integration.Result applied = Handover.apply(office, fromTeam, null, null);
        assertTrue(applied.merged());
        assertEquals(List.of(), applied.conflicts());

        Path fromOffice = scratch.resolve("U盘/党委办.bundle");
        assertFalse(Handover.create(office, fromOffice, false, null).full());
        assertTrue(Handover.apply(team, fromOffice, null, null).merged());

        assertEquals(List.of(), ModelDiff.between(RegisterFiles.load(office), RegisterFiles.load(team)));
        assertEquals(MeasureStatus.DONE, Folders.measure(RegisterFiles.load(office), 0).getStatus());
        assertEquals("党委办改的措施", Folders.measure(RegisterFiles.load(team), 1).getHeadline());
        assertEquals("", Folders.gitOk(team, "status", "--porcelain"));
    }

    @Test
    void aHandOverFileThatContinuesMissingChangesAsksForAFullOne() throws IOException {
        Folders.edit(office, r -> Folders.measure(r, 1).setHeadline("第一次"));
        Handover.create(office, scratch.resolve("第一次.bundle"), false, null);
        Folders.edit(office, r -> Folders.measure(r, 1).setHeadline("第二次"));
        Path second = scratch.resolve("第二次.bundle");
        Handover.create(office, second, false, null);
        String before = Folders.gitOk(team, "rev-parse", "HEAD").strip();

        ShareException e = assertThrows(ShareException.class, () -> Handover.apply(team, second, null, null));
        assertTrue(e.getMessage().contains("--full"), e.getMessage());
        assertEquals(before, Folders.gitOk(team, "rev-parse", "HEAD").strip());

        Path full = scratch.resolve("完整.bundle");
        assertTrue(Handover.create(office, full, true, null).full());
        assertTrue(Handover.apply(team, full, null, null).merged());
        assertEquals("第二次", Folders.measure(RegisterFiles.load(team), 1).getHeadline());
    }
}
