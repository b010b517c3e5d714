package rectify.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.importer.DocumentImport;
import rectify.model.Record;

/** The material of the sample's 2021 meeting, written as Word and imported back, gives the same record. */
class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theMaterialImportedBackGivesTheSameRecord() throws Exception {
        Record meeting = Fixtures.sampleMeeting(Fixtures.sampleRegister());
        Path material = Fixtures.writer().write(meeting, DocumentKind.MATERIAL, dir.resolve("material.docx"),
                Fixtures.TODAY, null);

        Record imported = DocumentImport.read(material).record();

        assertEquals(List.of(5, 15, 5, 4, 12), List.of(imported.getAspectCount(), imported.getProblemCount(),
                imported.getCauseCount(), imported.getDirectionCount(), imported.getMeasureCount()));
        assertEquals(meeting.getReview().getTitle(), imported.getReview().getTitle());
        List<String> expected = Fixtures.texts(meeting);
        List<String> actual = Fixtures.texts(imported);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "text " + i + " of " + expected.size());
        }
        assertEquals(expected.size(), actual.size(), "every text, in order, in its place");
        assertEquals(meeting.getReview().getAspects().stream().map(a -> a.getLabel() + a.getTitle()).toList(),
                imported.getReview().getAspects().stream().map(a -> a.getLabel() + a.getTitle()).toList());
    }
}
