package rectify.ledger.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.ledger.LedgerFixture;
import rectify.ledger.evidence.EvidenceProblem.Kind;
import rectify.ledger.workflow.Workflow;
import rectify.model.AttachedDocument;
import rectify.model.Measure;
import rectify.model.ProgressEntry;
import rectify.model.Register;

/**
 * Evidence files are kept by reference with their SHA-256 and size; after the register is saved
 * and read again, a file that was changed, replaced by one of the same size or moved away is
 * flagged, and an untouched one is not.
 */
class EvidenceTest {

    /** SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1). */
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    private LedgerFixture f;
    private Path evidence;
    private Path minutes;
    private Path notice;

    @BeforeEach
    void attachTwoFiles() throws Exception {
        f = new LedgerFixture().savedIn(dir);
        evidence = Files.createDirectories(dir.resolve("佐证材料"));
        minutes = Files.writeString(evidence.resolve("专题研讨会议纪要.txt"), "2026年5月20日召开专题研讨会，形成工作指引初稿。");
        notice = Files.write(evidence.resolve("通知.pdf"), new byte[] { 'a', 'b', 'c' });
        List<AttachedDocument> documents = List.of(EvidenceFiles.attach(minutes, f.folder()),
                EvidenceFiles.attach(notice, f.folder()));
        f.execute(Workflow.addProgress(f.domain(), f.m1, LedgerFixture.TODAY, f.zhang, "召开专题研讨会。", documents));
    }

    @Test
    void attachingRecordsPathDigestAndSizeAndFilesTheDocumentsWithTheRecord() {
        ProgressEntry entry = f.m1.getProgress().get(2);
        assertEquals(2, entry.getEvidence().size());
        AttachedDocument pdf = entry.getEvidence().get(1);
        assertEquals("通知.pdf", pdf.getTitle());
        assertEquals("佐证材料/通知.pdf", pdf.getPath(), "relative to the register, with / between names");
        assertEquals(SHA256_OF_ABC, pdf.getSha256());
        assertEquals(3, pdf.getSize());
        assertSame(f.meeting, pdf.eContainer(), "filed with the measure's record");
        assertEquals(minutes.toAbsolutePath(), EvidenceFiles.resolve(entry.getEvidence().get(0), f.folder()));

        f.domain().getCommandStack().undo();
        assertTrue(f.meeting.getDocuments().isEmpty(), "undo takes the documents out again");
    }

    @Test
    void untouchedFilesPassTheCheckAfterASaveAndALoad() throws IOException {
        assertEquals(List.of(), EvidenceCheck.check(reloaded(), f.folder()));
    }

    @Test
    void aChangedFileIsFlagged() throws IOException {
        Files.writeString(minutes, "内容被改动。", StandardCharsets.UTF_8);
        List<EvidenceProblem> problems = EvidenceCheck.check(reloaded(), f.folder());
        assertEquals(1, problems.size());
        assertEquals(Kind.CHANGED, problems.get(0).kind());
        System.out.println("changed -> " + problems.get(0).message());
        assertTrue(problems.get(0).message().contains("专题研讨会议纪要.txt"), problems.get(0).message());
        assertTrue(problems.get(0).message().contains("SHA-256"), problems.get(0).message());
    }

    @Test
    void aFileOfTheSameSizeWithOtherContentIsFlaggedByItsDigest() throws IOException {
        Files.write(notice, new byte[] { 'x', 'y', 'z' });
        List<EvidenceProblem> problems = EvidenceCheck.check(reloaded(), f.folder());
        assertEquals(List.of(Kind.CHANGED), problems.stream().map(EvidenceProblem::kind).toList());
        assertEquals("通知.pdf", problems.get(0).document().getTitle());
    }

    @Test
    void aMissingFileIsFlagged() throws IOException {
        Files.move(notice, dir.resolve("elsewhere.pdf"));
        List<EvidenceProblem> problems = EvidenceCheck.check(reloaded(), f.folder());
        assertEquals(List.of(Kind.MISSING), problems.stream().map(EvidenceProblem::kind).toList());
        System.out.println("missing -> " + problems.get(0).message());
        assertTrue(problems.get(0).message().contains(notice.toString()), problems.get(0).message());
    }

    @Test
    void theRegisterCanMoveWithItsEvidenceFolder() throws IOException {
        Register register = reloaded();
        Path moved = Files.createDirectories(dir.resolve("归档").resolve("2026"));
        Files.move(evidence, moved.resolve("佐证材料"));
        assertEquals(2, EvidenceCheck.check(register, f.folder()).size(), "at the old place both are missing");
        assertEquals(List.of(), EvidenceCheck.check(register, moved), "relative paths follow the register");
    }

    @Test
    void attachingAMissingFileFailsNamingIt() {
        Path absent = evidence.resolve("不存在.docx");
        IOException e = assertThrows(IOException.class, () -> EvidenceFiles.attach(absent, f.folder()));
        System.out.println("attach missing -> " + e.getMessage());
        assertTrue(e.getMessage().contains(absent.toString()) && e.getMessage().contains("不存在"), e.getMessage());
        assertThrows(IOException.class, () -> EvidenceFiles.attach(evidence, f.folder()),
                "a folder is no evidence file");
    }

    @Test
    void documentsWithoutAPathArePaperEvidenceAndNotChecked() throws IOException {
        Register register = reloaded();
        Measure measure = register.getRecords().get(0).getReview().getDirections().get(0).getMeasures().get(0);
        measure.getProgress().get(2).getEvidence().forEach(document -> document.setPath(null));
        assertEquals(List.of(), EvidenceCheck.check(register, dir.resolve("nowhere")));
    }

    private Register reloaded() throws IOException {
        RegisterFiles.save(f.register.eResource());
        return RegisterFiles.load(f.folder().resolve("台账.rectify"));
    }
}
