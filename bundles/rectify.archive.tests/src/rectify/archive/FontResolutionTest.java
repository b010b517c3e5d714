package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Each role resolves to an installed font of its style (with the fonts {@code .ci/run} installs:
 * AR PL UMing and UKai, WenQuanYi Micro Hei), unless the user chose a file for it.
 */
class FontResolutionTest {

    @Test
    void eachRoleTakesASystemFontOfItsStyle() throws ArchiveException {
        Map<FontRole, FontChoice> choices;
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            choices = archiver.fonts().stream().collect(Collectors.toMap(FontChoice::role, c -> c));
        }
        assertEquals(Set.of(FontRole.values()), choices.keySet());
        choices.values().forEach(choice -> assertFalse(choice.chosenByUser(), choice.toString()));
        assertTrue(choices.get(FontRole.HEADING1).face().matches("(?i).*hei.*"),
                "Hei: " + choices.get(FontRole.HEADING1));
        assertTrue(choices.get(FontRole.HEADING2).face().matches("(?i).*kai.*"),
                "Kai: " + choices.get(FontRole.HEADING2));
        for (FontRole song : List.of(FontRole.TITLE, FontRole.PAGE_NUMBER)) {
            assertTrue(choices.get(song).face().matches("(?i).*(song|sun|ming|serif).*"), "Song: " + choices.get(song));
        }
    }

    @Test
    void theUsersFontComesFirst() throws ArchiveException {
        FontChoice kai;
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            kai = archiver.fonts().get(FontRole.HEADING2.ordinal());
        }
        ArchiveOptions options = ArchiveOptions.defaults().withFont(FontRole.BODY,
                new FontFile(kai.file(), kai.face()));

        try (RecordArchiver archiver = new RecordArchiver(options)) {
            FontChoice body = archiver.fonts().get(FontRole.BODY.ordinal());
            assertTrue(body.chosenByUser(), body.toString());
            assertEquals(kai.file(), body.file());
            assertEquals(kai.face(), body.face());
        }
    }
}
