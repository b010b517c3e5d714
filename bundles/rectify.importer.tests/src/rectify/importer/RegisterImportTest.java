package rectify.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.importer.ImportException.Problem;
import rectify.model.Aspect;
import rectify.model.Meeting;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.ReviewTemplate;

/** Adding an imported record to a register file: whole, saved atomically, or not at all. */
class RegisterImportTest {

    @TempDir
    Path dir;

    private static ImportResult sample() throws ImportException {
        return DocumentImport.read(Documents.sample("docx"));
    }

    @Test
    void intoARegisterThatDoesNotExistYet() throws IOException {
        Path file = dir.resolve("new.rectify");
        RegisterAddition addition = RegisterImport.into(sample(), file, null);
        Register register = RegisterFiles.load(file);
        assertEquals(1, register.getRecords().size());
        Meeting meeting = (Meeting) register.getRecords().get(0);
        assertEquals(List.of(5, 15, 5, 4, 12), List.of(meeting.getAspectCount(), meeting.getProblemCount(),
                meeting.getCauseCount(), meeting.getDirectionCount(), meeting.getMeasureCount()));
        assertEquals(2, register.getNotices().size());
        assertSame(register.getNotices().get(0), meeting.getBasisNotice());
        assertEquals(EcoreUtil.getURI(addition.record()).fragment(), EcoreUtil.getURI(meeting).fragment(),
                "the addition's record is the saved one, with its identifier");
        assertTrue(addition.findings().stream().anyMatch(f -> f.message().contains(file.toString())));
    }

    @Test
    void intoTheSampleRegisterTheTemplateAndNoticesOfTheSameMeetingAreUsed() throws IOException {
        Path file = Files.copy(Documents.copyOfSampleRegister(), dir.resolve("sample.rectify"));
        int notices = RegisterFiles.load(file).getNotices().size();
        RegisterImport.into(sample(), file, null);
        Register register = RegisterFiles.load(file);
        assertEquals(3, register.getRecords().size());
        assertEquals(notices, register.getNotices().size(), "the notices are the register's own");
        Meeting handMade = (Meeting) register.getRecords().get(0);
        Meeting imported = (Meeting) register.getRecords().get(2);
        assertSame(handMade.getBasisNotice(), imported.getBasisNotice());
        assertSame(handMade.getReview().getTemplate(), imported.getReview().getTemplate());
        assertEquals(handMade.getReview().getAspects().stream().map(Aspect::getShortName).toList(),
                imported.getReview().getAspects().stream().map(Aspect::getShortName).toList());
        for (int i = 0; i < 5; i++) {
            assertSame(handMade.getReview().getAspects().get(i).getRequirement(),
                    imported.getReview().getAspects().get(i).getRequirement());
        }
    }

    @Test
    void aTemplateNamedByItsNameOrIdentifier() throws IOException {
        Path file = Files.copy(Documents.copyOfSampleRegister(), dir.resolve("sample.rectify"));
        Register register = RegisterFiles.load(file);
        ReviewTemplate example = register.getTemplates().get(1);
        String id = example.eResource().getURIFragment(example);
        for (String reference : List.of(example.getName(), id)) {
            RegisterAddition addition = RegisterImport.into(sample(), file, reference);
            assertEquals(example.getName(), addition.template().getName());
            assertEquals(example.getName(), addition.record().getReview().getTemplate().getName());
        }
        byte[] before = Files.readAllBytes(file);
        ImportException unknown = assertThrows(ImportException.class,
                () -> RegisterImport.into(sample(), file, "2099"));
        assertEquals(Problem.UNKNOWN_TEMPLATE, unknown.getProblem());
        assertTrue(unknown.getMessage().contains("2099") && unknown.getMessage().contains(example.getName())
                && unknown.getMessage().contains(file.getFileName().toString()), unknown.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aRegisterThatCannotBeWrittenGetsNothing() throws IOException {
        Path file = dir.resolve("no such folder").resolve("register.rectify");
        assertThrows(RegisterFileException.class, () -> RegisterImport.into(sample(), file, null));
        assertFalse(Files.exists(file.getParent()));
        Path damaged = Files.writeString(dir.resolve("damaged.rectify"), "<?xml version=\"1.0\"?><rectify:Register");
        byte[] before = Files.readAllBytes(damaged);
        assertThrows(RegisterFileException.class, () -> RegisterImport.into(sample(), damaged, null));
        assertArrayEquals(before, Files.readAllBytes(damaged));
    }

    @Test
    void preparingChangesNothingUntilApplied() throws IOException {
        ImportResult result = sample();
        Register register = Documents.sampleRegister(Documents.copyOfSampleRegister());
        int records = register.getRecords().size();
        RegisterAddition addition = result.prepare(register, null);
        assertEquals(records, register.getRecords().size());
        assertNotSame(result.record(), addition.record(), "the result stays as it was, for other registers");
        addition.apply();
        assertEquals(records + 1, register.getRecords().size());
        assertThrows(IllegalStateException.class, addition::apply);
        Record again = result.prepare(register, null).record();
        assertNotSame(addition.record(), again);
        assertTrue(result.record().eContainer() == null && result.record().eResource() == null);
    }
}
