package rectify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.samples.Samples;

/** Full-text search over the sample register, as a user asks it. */
class SearchTest {

    @TempDir
    Path folder;
    Path register;

    @BeforeEach
    void copySample() throws IOException {
        register = Samples.copySampleRegister(folder.resolve("sample-register.rectify"));
    }

    private SearchResult search(SearchRequest request) throws QueryException, IOException {
        return Search.run(SearchScope.of(folder), request, Search.DEFAULT_LIMIT);
    }

    private static String marked(SearchHit hit) {
        StringBuilder text = new StringBuilder(hit.text());
        for (Span span : hit.highlights().reversed()) {
            text.insert(span.end(), '】').insert(span.start(), '【');
        }
        return text.toString();
    }

    @Test
    void findsWhatWasFoundBeforeAboutAWordAcrossYears() throws Exception {
        SearchResult result = search(SearchRequest.of("调查研究"));
        List<String> headlines = result.hits().stream().map(SearchHit::headline).toList();
        assertTrue(headlines.contains("调查研究不经常。"), headlines::toString);
        assertTrue(headlines.contains("调查研究不够深入。"), headlines::toString);
        assertTrue(headlines.contains("要密切联系群众，搞好调查研究。"), headlines::toString);
        SearchHit problem2021 = result.hits().stream().filter(hit -> hit.headline().equals("调查研究不经常。")).findFirst()
                .orElseThrow();
        assertEquals(2021, problem2021.year());
        assertEquals(ElementKind.PROBLEM, problem2021.kind());
        assertTrue(marked(problem2021).contains("【调查研究】"), marked(problem2021));
        assertTrue(result.notes().isEmpty(), result.notes()::toString);
    }

    @Test
    void ranksTheWordsAsWrittenAboveTheWordsApart() throws Exception {
        List<SearchHit> hits = search(SearchRequest.of("调查研究")).hits();
        SearchHit first = hits.get(0);
        assertTrue(first.text().contains("调查研究"), first::toString);
    }

    @Test
    void findsTheOpenMeasuresOfAUnitWithoutWords() throws Exception {
        SearchResult result = search(new SearchRequest("", ElementKind.MEASURE, null, "机关党委", null, "open"));
        assertEquals(List.of("压紧压实管党治党责任。"), result.hits().stream().map(SearchHit::headline).toList());
        assertEquals(1, result.total());
    }

    @Test
    void filtersByYearAndKind() throws Exception {
        SearchResult result = search(SearchRequest.of("调查研究").withYear(2025).withKind(ElementKind.PROBLEM));
        assertEquals(List.of("调查研究不够深入。"), result.hits().stream().map(SearchHit::headline).toList());
    }

    @Test
    void groupsApartMustAllBeFound() throws Exception {
        List<String> one = search(SearchRequest.of("调查研究")).hits().stream().map(SearchHit::elementId).toList();
        List<SearchHit> both = search(SearchRequest.of("调查研究 疫情")).hits();
        assertTrue(both.stream().map(SearchHit::headline).toList().contains("调查研究不经常。"), both::toString);
        assertTrue(one.containsAll(both.stream().map(SearchHit::elementId).toList()));
        assertTrue(both.size() < one.size(), () -> both.size() + " of " + one.size());
        both.forEach(hit -> assertTrue(marked(hit).contains("【"), hit::toString));
    }

    @Test
    void neverTouchesTheRegisters() throws Exception {
        FileTime modified = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(register, modified);
        byte[] before = Files.readAllBytes(register);
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
        search(SearchRequest.of("调查研究"));
        search(SearchRequest.of("作风"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(register)));
        assertEquals(modified, Files.getLastModifiedTime(register));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(".sample-register.rectify.index", "sample-register.rectify"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theIndexFollowsAnotherProgramsSaveAndABrokenIndexIsBuiltAnew() throws Exception {
        assertTrue(search(SearchRequest.of("航天飞机")).hits().isEmpty());
        RegisterFiles.update(register, Duration.ofSeconds(5), (loaded, created) -> {
            loaded.getRecords().get(0).getReview().getAspects().get(0).getProblems().get(0)
                    .setExplanation("航天飞机维护不及时。");
            return null;
        });
        assertEquals(List.of("从思想深处领悟理论精髓不够。"),
                search(SearchRequest.of("航天飞机")).hits().stream().map(SearchHit::headline).toList());
        Path index = SearchIndexes.location(register);
        try (var files = Files.list(index)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] { 0, 1, 2, 3 });
            }
        }
        SearchResult again = search(SearchRequest.of("航天飞机"));
        assertEquals(1, again.hits().size());
        assertEquals(1, again.notes().size(), again.notes()::toString);
        assertTrue(again.notes().get(0).contains("sample-register.rectify"), again.notes()::toString);
        assertTrue(search(SearchRequest.of("航天飞机")).notes().isEmpty(), "built anew once");
    }

    @Test
    void saysWhatIsWrongWithAQuery() {
        QueryException empty = assertThrows(QueryException.class, () -> search(SearchRequest.of("  ")));
        assertTrue(empty.getMessage().contains("检索"), empty.getMessage());
        QueryException punctuation = assertThrows(QueryException.class, () -> search(SearchRequest.of("，。！？……")));
        assertTrue(punctuation.getMessage().contains("，。！？……"), punctuation.getMessage());
        QueryException tooLong = assertThrows(QueryException.class, () -> search(SearchRequest.of("调".repeat(201))));
        assertTrue(tooLong.getMessage().contains("201"), tooLong.getMessage());
    }

    @Test
    void leavesOutARegisterThatCannotBeReadAndSaysSo() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.rectify"), "<not a register");
        SearchResult result = search(SearchRequest.of("调查研究"));
        assertFalse(result.hits().isEmpty());
        assertEquals(1, result.notes().size(), result.notes()::toString);
        assertTrue(result.notes().get(0).contains(broken.getFileName().toString()), result.notes()::toString);
    }
}
