package rectify.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.core.io.RegisterResource;
import rectify.core.merge.ModelDiff;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Record;
import rectify.model.RecordStatus;
import rectify.model.Register;
import rectify.share.format.Layout;
import rectify.share.format.PartWriter;

/**
 * A register shared into a Git working tree: one file per record, written the same way every time;
 * every save a commit that Git reads right; back to a single file without loss; the history of a
 * record by field; closed records locked.
 */
class SharedRegisterTest {

    @TempDir
    Path scratch;

    private Path folder;

    @BeforeEach
    void share() throws IOException {
        folder = scratch.resolve("共享台账");
        Folders.sharedSample(scratch, folder);
    }

    private static Record largest(Register register) {
        return register.getRecords().stream().max(Comparator.comparingInt(Record::getMeasureCount)).orElseThrow();
    }

    private static Measure firstMeasure(Register register) {
        return largest(register).getReview().getDirections().get(0).getMeasures().get(0);
    }

    private Resource open() throws IOException {
        return RegisterFiles.load(RegisterFiles.newResourceSet(), folder);
    }

    @Test
    void theFolderHoldsTheRegisterAndAFilePerRecordThatGitReadsRight() throws IOException {
        Register original = RegisterFiles.load(scratch.resolve(Files.list(scratch)
                .filter(p -> p.toString().endsWith(".rectify")).findFirst().orElseThrow().getFileName()));
        assertTrue(Files.isRegularFile(folder.resolve(Layout.REGISTER)));
        for (Record record : original.getRecords()) {
            assertTrue(Files.isRegularFile(folder.resolve(Layout.recordPath(RegisterResource.idOf(record)))));
        }
        Register shared = RegisterFiles.load(folder);
        assertEquals(List.of(), ModelDiff.between(original, shared), "nothing lost or changed");
        assertEquals(RegisterResource.idOf(original.getRecords().get(0)),
                RegisterResource.idOf(shared.getRecords().get(0)));

        String fsck = Folders.gitOk(folder, "fsck", "--full", "--strict");
        assertFalse(fsck.contains("error") || fsck.contains("missing") || fsck.contains("broken"), fsck);
        assertEquals("", Folders.gitOk(folder, "status", "--porcelain"), "the working tree is as committed");
        String log = Folders.gitOk(folder, "log", "--format=%B");
        assertTrue(log.contains("共享记录册") && log.contains("Shared the register"), log);
        String attributes = Files.readString(folder.resolve(Layout.ATTRIBUTES));
        assertTrue(attributes.contains("merge=rectify"), attributes);
    }

    @Test
    void theSameModelGivesTheSameBytesAndAOneFieldEditIsAOneLineDiff() throws IOException {
        Resource resource = open();
        Register register = (Register) resource.getContents().get(0);
        Record record = largest(register);
        byte[] once = PartWriter.write(record, resource::getURIFragment);
        Resource other = open();
        byte[] again = PartWriter.write(largest((Register) other.getContents().get(0)), other::getURIFragment);
        assertArrayEquals(once, again);
        Files.write(scratch.resolve("written.txt"), once);
        Path onDisk = folder.resolve(Layout.recordPath(resource.getURIFragment(record)));
        assertEquals("",
                Folders.git(scratch, "diff", "--no-index", onDisk.toString(), scratch.resolve("written.txt").toString())
                        .out(),
                "the file is what the writer gives");

        firstMeasure(register).setHeadline("改过的措施");
        RegisterFiles.save(resource);
        String path = Layout.recordPath(resource.getURIFragment(record));
        assertEquals("1\t1\t" + path, Folders.gitOk(folder, "show", "--numstat", "--format=", "HEAD").strip());

        firstMeasure(register).setStatus(MeasureStatus.DONE);
        RegisterFiles.save(resource);
        assertEquals("1\t0\t" + path, Folders.gitOk(folder, "show", "--numstat", "--format=", "HEAD").strip(),
                "a value set for the first time is one line more");
    }

    @Test
    void eachSaveIsACommitWithTheAuthorAndWhatChangedInBothLanguages() throws IOException {
        Authors.prefer(() -> new Authors.Author("王处长", "wang@example.org"));
        try {
            Resource resource = open();
            Measure measure = firstMeasure((Register) resource.getContents().get(0));
            measure.setStatus(MeasureStatus.IN_PROGRESS);
            RegisterFiles.save(resource);
            measure.setStatus(MeasureStatus.DONE);
            SaveNote.set(resource, "督查组现场核实");
            RegisterFiles.save(resource);

            String log = Folders.gitOk(folder, "log", "-1", "--format=%an%n%ae%n%B");
            List<String> lines = log.lines().toList();
            assertEquals("王处长", lines.get(0));
            assertEquals("wang@example.org", lines.get(1));
            assertTrue(lines.get(2).matches("整改措施 \\S+：整改状态 推进中 → 已完成"), log);
            assertTrue(lines.get(3).matches("Measure \\S+: Status In progress → Done"), log);
            assertTrue(log.contains("原因：督查组现场核实") && log.contains("Reason: 督查组现场核实"), log);
            assertEquals("3", Folders.gitOk(folder, "rev-list", "--count", "HEAD").strip());

            RegisterFiles.save(resource);
            assertEquals("3", Folders.gitOk(folder, "rev-list", "--count", "HEAD").strip(), "no change, no commit");
            assertEquals("", Folders.gitOk(folder, "status", "--porcelain"));
        } finally {
            Authors.prefer(null);
        }
    }

    @Test
    void theHistoryOfARecordSaysWhoChangedWhichFieldFromWhatToWhat() throws IOException {
        Resource resource = open();
        Register register = (Register) resource.getContents().get(0);
        Measure measure = firstMeasure(register);
        String recordId = resource.getURIFragment(largest(register));
        String measureId = resource.getURIFragment(measure);
        measure.setStatus(MeasureStatus.DONE);
        RegisterFiles.save(resource);
        largest(register).setTitle("改过的标题");
        RegisterFiles.save(resource);

        List<History.Entry> history = History.of(folder, recordId);
        assertEquals("title", history.get(0).change().feature().getName(), "newest first");
        List<History.Entry> ofMeasure = History.of(history, measureId);
        History.Entry status = ofMeasure.stream().filter(e -> e.change().kind() == ModelDiff.Kind.CHANGED).findFirst()
                .orElseThrow();
        assertEquals("status", status.change().feature().getName());
        assertEquals(List.of(MeasureStatus.DONE), status.change().newValues());
        String line = History.line(status, new Wording(Wording.ENGLISH, History.names(folder)::get));
        String[] columns = line.split("\t");
        assertEquals(6, columns.length, line);
        assertEquals(measureId, columns[3]);
        assertEquals("status", columns[4]);
        assertTrue(columns[5].endsWith("→ Done"), line);

        List<ModelDiff.Change> compared = Comparison.between(folder, "HEAD~2", "HEAD");
        assertEquals(2, compared.size(), compared.toString());
    }

    @Test
    void aSaveOverACommitMadeSinceIsRefusedAndAnUpdateCommits() throws IOException {
        Resource one = open();
        Resource two = open();
        firstMeasure((Register) one.getContents().get(0)).setHeadline("一");
        RegisterFiles.save(one);
        firstMeasure((Register) two.getContents().get(0)).setHeadline("二");
        RegisterFileException refused = assertThrows(RegisterFileException.class, () -> RegisterFiles.save(two));
        assertEquals(RegisterFileException.Problem.CHANGED_ON_DISK, refused.getProblem());
        assertTrue(RegisterFiles.isChangedOnDisk(two));

        RegisterFiles.update(folder, Duration.ofSeconds(5), (register, created) -> {
            firstMeasure(register).setText("命令改的内容");
            return null;
        });
        assertEquals("命令改的内容", firstMeasure(RegisterFiles.load(folder)).getText());
        assertEquals("一", firstMeasure(RegisterFiles.load(folder)).getHeadline());
        assertEquals("3", Folders.gitOk(folder, "rev-list", "--count", "HEAD").strip());
    }

    @Test
    void aClosedRecordIsLockedAndReopeningItNeedsAReason() throws IOException {
        Resource resource = open();
        Register register = (Register) resource.getContents().get(0);
        Record record = largest(register);
        record.setStatus(RecordStatus.CLOSED);
        RegisterFiles.save(resource);
        String title = record.getTitle();

        record.setTitle("销号后改的标题");
        RegisterFileException refused = assertThrows(RegisterFileException.class, () -> RegisterFiles.save(resource));
        assertTrue(refused.getMessage().contains(title), refused.getMessage());
        record.setTitle(title);
        record.setStatus(RecordStatus.RECTIFYING);
        assertThrows(RegisterFileException.class, () -> RegisterFiles.save(resource), "no reason given");
        SaveNote.set(resource, "巡视组反馈问题尚未整改到位");
        RegisterFiles.save(resource);
        String log = Folders.gitOk(folder, "log", "-1", "--format=%B");
        assertTrue(log.contains("原因：巡视组反馈问题尚未整改到位"), log);
        assertNotEquals(RecordStatus.CLOSED, largest(RegisterFiles.load(folder)).getStatus());
    }

    @Test
    void backToASingleFileWithoutLoss() throws IOException {
        Path file = scratch.resolve("导出.rectify");
        Sharing.export(folder, file);
        assertEquals(List.of(), ModelDiff.between(RegisterFiles.load(folder), RegisterFiles.load(file)));
        Path again = scratch.resolve("再次共享");
        Sharing.share(file, again);
        assertEquals(List.of(), ModelDiff.between(RegisterFiles.load(folder), RegisterFiles.load(again)));
        assertArrayEquals(Files.readAllBytes(folder.resolve(Layout.REGISTER)),
                Files.readAllBytes(again.resolve(Layout.REGISTER)));
    }
}
