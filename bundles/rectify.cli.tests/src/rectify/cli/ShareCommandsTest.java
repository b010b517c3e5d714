package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Record;
import rectify.model.Register;
import rectify.samples.Samples;
import rectify.share.store.Repositories;

/**
 * The commands of shared registers as a script calls them: share, and every other command on the
 * shared folder; import commits; history lines; hand-over files; sync with its exit codes; merge as
 * Git's merge driver.
 */
class ShareCommandsTest {

    @TempDir
    Path dir;

    private Path folder;
    private final Console console = new Console();

    @BeforeEach
    void share() throws IOException {
        Path sample = Samples.copySampleRegister(dir.resolve("sample.rectify"));
        folder = dir.resolve("共享台账");
        assertEquals(0, console.run("share", sample.toString(), "--into", folder.toString()), console.err());
        assertTrue(console.err().contains(folder.getFileName().toString()), console.err());
    }

    private int commits(Path repository) throws IOException {
        try (Repository git = Repositories.open(repository); RevWalk walk = new RevWalk(git)) {
            walk.markStart(walk.parseCommit(git.resolve(Constants.HEAD)));
            int count = 0;
            while (walk.next() != null) {
                count++;
            }
            return count;
        }
    }

    private static Measure measure(Register register, int index) {
        Record record = register.getRecords().stream().max(Comparator.comparingInt(Record::getMeasureCount))
                .orElseThrow();
        return record.getReview().getDirections().get(0).getMeasures().get(index);
    }

    @Test
    void everyCommandTakesASharedRegisterAndImportCommits() throws IOException {
        Path sample = Samples.copySampleRegister(dir.resolve("again.rectify"));
        assertEquals(0, console.run("info", sample.toString()));
        String single = console.out();
        assertEquals(0, console.run("info", folder.toString()));
        assertEquals(single, console.out(), "the same register, shared");
        assertEquals(0, console.run("info", folder.resolve("register.rectify").toString()));
        assertEquals(single, console.out());
        int validated = console.run("validate", folder.toString());
        assertTrue(validated == 0 || validated == 1, console.err());
        console.run("ledger", folder.toString());
        assertTrue(console.err().isEmpty() || !console.err().contains("Cannot open"), console.err());

        Path document = dir.resolve("material.txt");
        try (var in = Samples.sampleDocument("txt").openStream()) {
            Files.copy(in, document);
        }
        assertEquals(0, console.run("import", document.toString(), "--register", folder.toString()), console.err());
        assertEquals(2, commits(folder), "the import is a commit");

        Path back = dir.resolve("导出.rectify");
        assertEquals(0, console.run("unshare", folder.toString(), "--out", back.toString()), console.err());
        assertEquals(0, console.run("info", back.toString()));
        assertEquals(single.lines().count() + 1, console.out().lines().count());
    }

    @Test
    void historyPrintsOneTabSeparatedLinePerChange() throws IOException {
        String recordId = RegisterFiles.update(folder, Duration.ofSeconds(5), (register, created) -> {
            measure(register, 0).setStatus(MeasureStatus.DONE);
            Record record = register.getRecords().stream().max(Comparator.comparingInt(Record::getMeasureCount))
                    .orElseThrow();
            return EcoreUtil.getURI(record).fragment();
        });
        assertEquals(0, console.run("history", folder.toString(), "--record", recordId), console.err());
        List<String> lines = console.out().lines().toList();
        String[] status = lines.stream().filter(line -> line.split("\t")[4].equals("status")).findFirst().orElseThrow()
                .split("\t");
        assertEquals(6, status.length);
        assertTrue(status[1].matches("\\d{4}-\\d\\d-\\d\\dT.*"), status[1]);
        assertTrue(status[5].contains(" → "), status[5]);
        assertTrue(lines.size() > 1, "the record's first commit adds it: " + lines);
        assertEquals(0, console.run("history", folder.toString()));
        assertTrue(console.out().lines().count() >= lines.size());
        assertEquals(2, console.run("history", dir.toString()), "not a shared register");
        assertEquals(64, console.run("history"));
    }

    @Test
    void syncPushesMergesAndListsConflictsWithItsExitCodes() throws IOException, Exception {
        Path server = dir.resolve("server.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(server.toFile()).call().close();
        String url = server.toUri().toString();
        assertEquals(0, console.run("sync", folder.toString(), "--remote", url), console.err());
        Path other = dir.resolve("另一处");
        assertEquals(0, console.run("sync", other.toString(), "--remote", url), console.err());
        assertTrue(Files.isRegularFile(other.resolve("register.rectify")), "joined");

        RegisterFiles.update(folder, Duration.ofSeconds(5), (register, created) -> {
            measure(register, 0).setStatus(MeasureStatus.DONE);
            return null;
        });
        RegisterFiles.update(other, Duration.ofSeconds(5), (register, created) -> {
            measure(register, 0).setStatus(MeasureStatus.IN_PROGRESS);
            return null;
        });
        assertEquals(0, console.run("sync", folder.toString()), console.err());
        assertEquals(1, console.run("sync", other.toString()), console.err());
        List<String> conflicts = new ArrayList<>(console.out().lines().toList());
        assertEquals(1, conflicts.size(), console.out());
        String[] conflict = conflicts.get(0).split("\t");
        assertEquals("conflict", conflict[0]);
        assertEquals("status", conflict[2]);
        assertEquals(MeasureStatus.IN_PROGRESS, measure(RegisterFiles.load(other), 0).getStatus(), "nothing merged");

        assertEquals(2, console.run("sync", other.toString(), "--remote", dir.resolve("无此服务器.git").toUri().toString()),
                console.err());
        assertEquals(64, console.run("sync"));
    }

    @Test
    void handOverFilesGoAndComeAndADamagedOneChangesNothing() throws IOException {
        Path file = dir.resolve("交接.bundle");
        assertEquals(0, console.run("bundle", "create", folder.toString(), "--out", file.toString()), console.err());
        Path team = dir.resolve("巡察组");
        assertEquals(0, console.run("sync", team.toString(), "--remote", file.toString()), console.err());
        RegisterFiles.update(team, Duration.ofSeconds(5), (register, created) -> {
            measure(register, 1).setHeadline("巡察组改的");
            return null;
        });
        Path back = dir.resolve("回传.bundle");
        assertEquals(0, console.run("bundle", "create", team.toString(), "--out", back.toString()), console.err());
        assertEquals(0, console.run("bundle", "apply", folder.toString(), back.toString()), console.err());
        assertEquals("巡察组改的", measure(RegisterFiles.load(folder), 1).getHeadline());

        Path damaged = dir.resolve("坏的.bundle");
        Files.writeString(damaged, "# v2 git bundle\n乱码");
        int before = commits(folder);
        assertEquals(2, console.run("bundle", "apply", folder.toString(), damaged.toString()), console.err());
        assertTrue(console.err().contains("坏的.bundle"), console.err());
        assertEquals(before, commits(folder));
        assertEquals(64, console.run("bundle", "send", folder.toString()));
    }

    @Test
    void mergeMergesThreeVersionsOfAFileAsGitsDriver() throws IOException {
        Path record;
        try (var records = Files.list(folder.resolve("records"))) {
            record = records.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(record);
        Path ours = dir.resolve("ours");
        Path theirs = dir.resolve("theirs");
        Files.writeString(ours, text.replaceFirst("title=\"", "title=\"本方"));
        Files.writeString(theirs, text.replaceFirst("year=\"", "place=\"对方的地点\"\n    year=\""));
        assertEquals(0, console.run("merge", record.toString(), ours.toString(), theirs.toString(), "records/x.record"),
                console.err());
        String merged = Files.readString(ours);
        assertTrue(merged.contains("title=\"本方") && merged.contains("对方的地点"), merged);

        Files.writeString(ours, text.replaceFirst("title=\"", "title=\"本方"));
        Files.writeString(theirs, text.replaceFirst("title=\"", "title=\"对方"));
        assertEquals(1, console.run("merge", record.toString(), ours.toString(), theirs.toString()), console.err());
        assertTrue(console.err().startsWith("conflict\t"), console.err());
        assertEquals(64, console.run("merge", record.toString()));
    }

    @Test
    void eachCommandOfSharedRegistersTrainsOnTheSample() throws IOException {
        for (String name : List.of("share", "unshare", "sync", "history", "bundle", "merge")) {
            Path scratch = Files.createDirectories(dir.resolve("training-" + name));
            Training.Sample sample = new Training.Sample(scratch,
                    Samples.copySampleRegister(scratch.resolve("sample.rectify")));
            Command command = CommandLine.command(name);
            for (List<String> args : command.training(sample)) {
                List<String> line = new ArrayList<>(List.of(name));
                line.addAll(args);
                assertEquals(0, console.run(line.toArray(String[]::new)), name + " " + args + ": " + console.err());
            }
        }
    }
}
