package rectify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.samples.Samples;

/** Problems found again: the sample's worked example of 2025 against its 2021 meeting. */
class RecurrencesTest {

    private static final String RECORD_2021 = "_VnimFhuFN6uY8vtT9Vjj_w";
    private static final String RECORD_2025 = "_aCbQ79P2OwaLudGAahYemw";

    @TempDir
    Path folder;
    Path register;

    @BeforeEach
    void copySample() throws IOException {
        register = Samples.copySampleRegister(folder.resolve("sample-register.rectify"));
    }

    private Map<String, Recurrence> byHeadline(String record) throws Exception {
        return Recurrences.of(SearchScope.of(folder), record).problems().stream()
                .collect(Collectors.toMap(Recurrence::headline, recurrence -> recurrence));
    }

    @Test
    void findsTheProblemsOf2021Again() throws Exception {
        Map<String, Recurrence> problems = byHeadline(RECORD_2025);
        EarlierProblem research = problems.get("调查研究不够深入。").earlier().get(0);
        assertEquals("调查研究不经常。", research.headline());
        assertEquals(2021, research.year());
        assertTrue(research.repeat(), research::toString);
        assertTrue(research.sharedWords().stream().anyMatch(word -> word.contains("调查") || word.contains("研究")),
                research::toString);
        assertEquals("还存在重建设轻使用的问题。", problems.get("业务平台使用效率不高。").earlier().get(0).headline());
        assertEquals("“四风”整改不彻底。", problems.get("精文简会落实不到位。").earlier().get(0).headline());
    }

    @Test
    void comparesOnlyWithEarlierYears() throws Exception {
        Map<String, Recurrence> problems = byHeadline(RECORD_2021);
        assertEquals(15, problems.size());
        problems.values().forEach(problem -> assertTrue(problem.earlier().isEmpty(), problem::toString));
    }

    @Test
    void comparesOnlyWithinTheSameOrganization() throws Exception {
        Path other = Samples.copySampleRegister(folder.resolve("other.rectify"));
        RegisterFiles.update(other, Duration.ofSeconds(5), (loaded, created) -> {
            loaded.setOrganizationName("中共XX省YY厅委员会");
            for (Record record : List.copyOf(loaded.getRecords())) {
                if (record.getYear() == 2025) {
                    loaded.getRecords().remove(record);
                }
            }
            return null;
        });
        Map<String, Recurrence> problems = byHeadline(RECORD_2025);
        problems.values().forEach(problem -> problem.earlier()
                .forEach(earlier -> assertEquals(register.toAbsolutePath(), earlier.register(), earlier::toString)));
        assertFalse(problems.get("调查研究不够深入。").earlier().isEmpty());
    }

    @Test
    void saysWhenNoRegisterHoldsTheRecord() {
        QueryException missing = assertThrows(QueryException.class,
                () -> Recurrences.of(SearchScope.of(folder), "_nothing"));
        assertTrue(missing.getMessage().contains("_nothing"), missing.getMessage());
    }

    @Test
    void leavesTheRegisterAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(register);
        byHeadline(RECORD_2025);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(register)));
    }
}
