package rectify.search.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.samples.Samples;
import rectify.search.ElementKind;
import rectify.search.SearchHit;
import rectify.search.SearchRequest;
import rectify.search.SearchResult;
import rectify.testing.Events;
import rectify.testing.Screenshots;
import rectify.search.ui.dialog.SearchDialogs;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** The search dialog and the Search Results view on a copy of the sample register, as a user searches. */
class SearchInTheWorkbenchTest {

    /** How long the workbench may take for what a test waits for. */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    OpenRegister register;
    SearchResultsView view;

    @BeforeEach
    void open() throws Exception {
        register = OpenRegisters.get().open(Samples.copySampleRegister(dir.resolve("sample.rectify")));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (SearchResultsView) page.showView(SearchResultsView.ID);
    }

    @AfterEach
    void close() {
        OpenRegisters.get().close(register);
    }

    @Test
    void theDialogAsksAndTheViewShowsTheHitsByRecordWithWhatMatched() {
        SearchRequest request = SearchDialogs.typeAndSearch("调查研究");
        assertEquals("调查研究", request.text());
        SearchResult before = view.result();
        view.search(request, false);
        Events.until("the hits", LIMIT, () -> view.result() != before);
        List<SearchHit> hits = view.result().hits().stream().filter(hit -> hit.register().equals(register.file()))
                .toList();
        assertTrue(hits.stream().anyMatch(hit -> hit.year() == 2021 && hit.headline().equals("调查研究不经常。")));
        assertTrue(hits.stream().anyMatch(hit -> hit.year() == 2025 && hit.headline().equals("调查研究不够深入。")));
        List<?> groups = ((List<?>) view.viewer().getInput()).stream()
                .filter(group -> ((SearchResultsView.Group) group).register().equals(register.file())).toList();
        assertEquals(2, groups.size(), "a group for each record");
        SearchHit first = hits.get(0);
        String shown = new SearchResultsView.HitLabels(view.viewer().getControl().getFont()).text(first).getString();
        assertTrue(shown.contains(first.text().replace('\n', ' ')), shown);
        assertTrue(view.getContentDescription().contains("调查研究"), view.getContentDescription());
        Screenshots.save(view.getSite().getShell(), "search-results");
    }

    @Test
    void filtersAloneFindTheOpenMeasuresOfAUnit() {
        SearchResult before = view.result();
        view.search(new SearchRequest("", ElementKind.MEASURE, null, "机关党委", null, "open"), false);
        Events.until("the hits", LIMIT, () -> view.result() != before);
        assertEquals(List.of("压紧压实管党治党责任。"),
                view.result().hits().stream().filter(hit -> hit.register().equals(register.file()))
                        .map(SearchHit::headline).toList());
    }
}
