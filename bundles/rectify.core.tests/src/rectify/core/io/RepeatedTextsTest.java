package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.model.Review;

/**
 * Every text the user gave is kept as given: repeated paragraphs of a preamble and repeated
 * notes survive saving and loading; files of schema 1.0 (whose lists could hold no repetition)
 * load, and are saved as 1.1.
 */
class RepeatedTextsTest {

    @TempDir
    Path dir;

    @Test
    void repeatedParagraphsAndNotesSurviveASaveAndALoad() throws IOException {
        Path file = dir.resolve("重复.rectify");
        rectify.model.Register register = SampleRegisters.meeting(1, 1);
        Review review = register.getRecords().get(0).getReview();
        List<String> preamble = List.of("同上。", "同上。", "按照要求，班子认真查摆问题。", "同上。");
        List<String> notes = List.of("x", "x", "x", "签名", "x");
        review.getPreamble().addAll(preamble);
        review.getNotes().addAll(notes);

        RegisterFiles.save(register, file);
        Review loaded = RegisterFiles.load(file).getRecords().get(0).getReview();

        assertEquals(preamble, loaded.getPreamble());
        assertEquals(notes, loaded.getNotes());
    }

    @Test
    void aFileOfSchema10LoadsAndIsSavedAs11() throws IOException {
        Path file = dir.resolve("old.rectify");
        Files.writeString(file, BadRegisterFilesTest.GOOD.replace("urn:rectify:model:1.1", "urn:rectify:model:1.0"));

        rectify.model.Register register = RegisterFiles.load(file);
        RegisterFiles.save(register, file);

        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"urn:rectify:model:1.1\""), saved);
        assertEquals(RegisterFiles.load(dir.resolve("old.rectify.bak")).getOrganizationName(),
                register.getOrganizationName());
    }
}
