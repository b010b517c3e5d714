package rectify.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.eclipse.jgit.lib.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.core.merge.ModelDiff;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Register;

/**
 * Rectify's repositories and the {@code git} command work together: a register pushed by Rectify
 * is cloned by git and read right by both; branches merged by {@code git merge} go through
 * Rectify's model merge, declared as the merge driver in {@code .gitattributes}: different fields
 * of one measure merge cleanly, the same field two ways is a conflict Git reports.
 */
class GitCommandTest {

    @TempDir
    Path scratch;

    @Test
    void gitClonesWhatRectifyPushedAndMergesThroughRectifysMerge() throws IOException {
        Path office = scratch.resolve("党委办");
        Folders.sharedSample(scratch, office);
        try (GitServers servers = new GitServers(scratch.resolve("server"))) {
            servers.bare("register");
            String url = servers.daemon("register");
            Sync.run(office, url, null, NullProgressMonitor.INSTANCE, null);

            Path clone = scratch.resolve("git-clone");
            Folders.gitOk(scratch, "clone", "-q", url, clone.toString());
            assertEquals(List.of(), ModelDiff.between(RegisterFiles.load(office), RegisterFiles.load(clone)));
            assertTrue(Folders.gitOk(clone, "log", "--format=%s").contains("共享记录册"));
            Folders.gitOk(clone, "fsck", "--full", "--strict");

            Path driver = scratch.resolve("rectify-merge.sh");
            Path calls = scratch.resolve("driver-calls.log");
            Files.writeString(driver, "#!/bin/sh\necho \"$4\" >> '" + calls + "'\nexec '"
                    + String.join("' '", PlainJava.command(DriverMain.class)) + "' \"$@\"\n");
            Files.setPosixFilePermissions(driver, PosixFilePermissions.fromString("rwx------"));
            Folders.gitOk(clone, "config", "merge.rectify.driver", driver + " %O %A %B %P");

            Folders.gitOk(clone, "checkout", "-q", "-b", "督查组");
            Folders.edit(clone, r -> Folders.measure(r, 0).setStatus(MeasureStatus.DONE));
            Folders.gitOk(clone, "checkout", "-q", "main");
            Folders.edit(clone, r -> Folders.measure(r, 0).setHeadline("主线上改的标题句"));
            String merged = Folders.gitOk(clone, "merge", "--no-edit", "督查组");
            Register both = RegisterFiles.load(clone);
            assertEquals(MeasureStatus.DONE, Folders.measure(both, 0).getStatus(), merged);
            assertEquals("主线上改的标题句", Folders.measure(both, 0).getHeadline());
            assertEquals("", Folders.gitOk(clone, "status", "--porcelain"));
            assertTrue(Files.readString(calls).contains("records/"), "git merged the record through Rectify's merge");

            Folders.gitOk(clone, "checkout", "-q", "-b", "另一组");
            Folders.edit(clone, r -> Folders.measure(r, 1).setStatus(MeasureStatus.DONE));
            Folders.gitOk(clone, "checkout", "-q", "main");
            Folders.edit(clone, r -> Folders.measure(r, 1).setStatus(MeasureStatus.IN_PROGRESS));
            Folders.Run conflicting = Folders.git(clone, "merge", "--no-edit", "另一组");
            assertNotEquals(0, conflicting.exit(), conflicting.out());
            assertTrue(conflicting.out().contains("CONFLICT"), conflicting.out());
            Folders.gitOk(clone, "merge", "--abort");

            Folders.gitOk(clone, "push", "-q", "origin", "main");
            assertTrue(Sync.run(office, null, null, NullProgressMonitor.INSTANCE, null).merged());
            assertEquals("主线上改的标题句", Folders.measure(RegisterFiles.load(office), 0).getHeadline(),
                    "what git pushed, Rectify takes");
        }
    }
}
