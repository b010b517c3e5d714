package rectify.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.samples.Samples;

/** {@code rectify search}, {@code similar} and {@code suggest} as a script calls them, on the sample register. */
class SearchCommandsTest {

    private static final String RECORD_2021 = "_VnimFhuFN6uY8vtT9Vjj_w";
    private static final String RECORD_2025 = "_aCbQ79P2OwaLudGAahYemw";

    @TempDir
    Path dir;
    Path register;

    private final Console console = new Console();

    @BeforeEach
    void sample() throws IOException {
        register = Samples.copySampleRegister(dir.resolve("sample.rectify"));
    }

    private List<String[]> lines() {
        return console.out().lines().map(line -> line.split("\t", -1)).toList();
    }

    @Test
    void searchPrintsOneHitALineBestFirst() {
        assertEquals(Command.OK, console.run("search", dir.toString(), "调查研究"), console::err);
        List<String[]> hits = lines();
        assertTrue(hits.size() >= 3, () -> console.out());
        for (String[] hit : hits) {
            assertEquals(6, hit.length, () -> String.join("|", hit));
            Double.parseDouble(hit[0]);
        }
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(Double.parseDouble(hits.get(i - 1)[0]) >= Double.parseDouble(hits.get(i)[0]));
        }
        String[] problem = hits.stream().filter(hit -> hit[5].startsWith("调查研究不经常")).findFirst().orElseThrow();
        assertEquals(RECORD_2021, problem[1]);
        assertEquals("problem", problem[3]);
        assertEquals("3.1", problem[4]);
        assertTrue(console.err().contains("1"), console::err);
    }

    @Test
    void searchFiltersAndSaysWhenNothingIsFound() {
        assertEquals(Command.OK,
                console.run("search", register.toString(), "", "--kind", "measure", "--unit", "机关党委", "--status",
                        "open"),
                console::err);
        assertEquals(List.of("压紧压实管党治党责任。"), lines().stream().map(hit -> hit[5]).toList());
        assertEquals(Command.OK,
                console.run("search", register.toString(), "调查研究", "--year", "2025", "--kind", "problem"));
        assertEquals(1, lines().size());
        assertEquals(Command.FOUND_ERRORS, console.run("search", register.toString(), "航天飞机"));
        assertEquals(List.of(), lines());
    }

    @Test
    void searchRefusesEmptyAndAbsurdQueriesAndWrongOptions() {
        assertEquals(Command.USAGE, console.run("search", register.toString(), ""));
        assertTrue(console.err().contains("--kind"), console::err);
        assertEquals(Command.USAGE, console.run("search", register.toString(), "！？。，"));
        assertEquals(Command.USAGE, console.run("search", register.toString(), "调".repeat(500)));
        assertTrue(console.err().contains("500"), console::err);
        assertEquals(Command.USAGE, console.run("search", register.toString()));
        assertEquals(Command.USAGE, console.run("search", register.toString(), "作风", "--kind", "ghost"));
        assertTrue(console.err().contains("problem"), console::err);
        assertEquals(Command.USAGE, console.run("search", register.toString(), "作风", "--year", "去年"));
        assertEquals(Command.USAGE, console.run("search", register.toString(), "作风", "--status", "late"));
        assertEquals(Command.USAGE, console.run("search", register.toString(), "作风", "--limit", "0"));
    }

    @Test
    void searchSaysWhatCannotBeRead() throws IOException {
        assertEquals(Command.UNREADABLE, console.run("search", dir.resolve("missing.rectify").toString(), "作风"));
        assertTrue(console.err().contains("missing.rectify"), console::err);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(Command.UNREADABLE, console.run("search", empty.toString(), "作风"));
        assertTrue(console.err().contains("empty"), console::err);
        Path broken = Files.writeString(dir.resolve("broken.rectify"), "not a register");
        assertEquals(Command.OK, console.run("search", dir.toString(), "作风"));
        assertTrue(console.err().contains("broken.rectify"), console::err);
        assertEquals(Command.UNREADABLE, console.run("search", broken.toString(), "作风"));
    }

    @Test
    void searchBuildsADamagedIndexAnewAndNeverTouchesTheRegister() throws IOException {
        byte[] before = Files.readAllBytes(register);
        assertEquals(Command.OK, console.run("search", register.toString(), "作风"));
        int found = lines().size();
        Path index = dir.resolve(".sample.rectify.index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] { 1, 2, 3 });
            }
        }
        assertEquals(Command.OK, console.run("search", register.toString(), "作风"));
        assertEquals(found, lines().size());
        assertTrue(console.err().contains("sample.rectify"), console::err);
        assertEquals(Command.OK, console.run("search", register.toString(), "作风", "--rebuild"));
        assertEquals(found, lines().size());
        assertArrayEquals(before, Files.readAllBytes(register));
    }

    @Test
    void similarPrintsTheEarlierProblemsEachResembles() {
        assertEquals(Command.OK, console.run("similar", dir.toString(), "--record", RECORD_2025), console::err);
        List<String[]> lines = lines();
        assertTrue(!lines.isEmpty());
        for (String[] line : lines) {
            assertEquals(6, line.length, () -> Arrays.toString(line));
            assertEquals("2021", line[3]);
            assertTrue(line[5].equals("repeat") || line[5].equals("-"), () -> Arrays.toString(line));
        }
        String[] research = lines.stream().filter(line -> line[0].equals("_Dp82R7KLNDG4_0L-KNSFWw")).findFirst()
                .orElseThrow();
        assertEquals("2.1", research[1]);
        assertEquals("_gLZzPr7qNQqirhPpEJf60w", research[2]);
        assertEquals("repeat", research[5]);
        assertEquals(Command.OK, console.run("similar", register.toString(), "--record", RECORD_2021));
        assertEquals(List.of(), lines());
        assertEquals(Command.USAGE, console.run("similar", register.toString(), "--record", "_nothing"));
        assertTrue(console.err().contains("_nothing"), console::err);
        assertEquals(Command.USAGE, console.run("similar", register.toString()));
    }

    @Test
    void suggestPrintsTheLinksAReviewIsMissing() {
        assertEquals(Command.OK, console.run("suggest", register.toString(), "--record", RECORD_2021), console::err);
        List<String[]> lines = lines();
        assertTrue(lines.size() >= 32, () -> String.valueOf(lines.size()));
        for (String[] line : lines) {
            assertEquals(6, line.length, () -> Arrays.toString(line));
            assertTrue(List.of("problem-cause", "measure-problem", "measure-cause").contains(line[0]), line[0]);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i)[0].equals(lines.get(i - 1)[0]) && lines.get(i)[1].equals(lines.get(i - 1)[1])) {
                assertTrue(Double.parseDouble(lines.get(i - 1)[3]) >= Double.parseDouble(lines.get(i)[3]));
            }
        }
        assertEquals(Command.OK, console.run("suggest", register.toString(), "--record", RECORD_2025));
        assertEquals(List.of(), lines());
        assertEquals(Command.USAGE, console.run("suggest", register.toString(), "--record", "_nothing"));
        assertEquals(Command.UNREADABLE,
                console.run("suggest", dir.resolve("missing.rectify").toString(), "--record", RECORD_2021));
    }
}
