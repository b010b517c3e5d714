package rectify.chain.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rectify.chain.SampleReviews;
import rectify.model.ChainElement;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Problem;
import rectify.model.Review;

/** What each filter shows of the sample's worked example. */
class DiagramFilterTest {

    private static Review example;

    @BeforeAll
    static void read() throws Exception {
        example = SampleReviews.of(2025);
    }

    @Test
    void showsEverythingInDocumentOrderWithoutAFilter() {
        Set<ChainElement> all = DiagramFilter.NONE.visible(example);
        assertEquals(6 + 4 + 8, all.size());
        assertFalse(DiagramFilter.NONE.isActive());
        List<ChainElement> order = List.copyOf(all);
        assertEquals(example.getAspects().get(0).getProblems().get(0), order.get(0));
        assertEquals(example.getCauses().get(0), order.get(6));
        assertEquals(example.getDirections().get(0).getMeasures().get(0), order.get(10));
    }

    @Test
    void openItemsAreOpenMeasuresAndWhatTheyStillServe() {
        Set<ChainElement> open = DiagramFilter.NONE.withOpenOnly(true).visible(example);
        for (ChainElement element : open) {
            if (element instanceof Measure measure) {
                assertTrue(measure.getStatus() == MeasureStatus.PLANNED
                        || measure.getStatus() == MeasureStatus.IN_PROGRESS);
            }
            if (element instanceof Problem problem) {
                assertTrue(problem.getMeasures().isEmpty() || problem.getMeasures().stream().anyMatch(open::contains));
            }
        }
        assertEquals(4, open.stream().filter(Measure.class::isInstance).count());
    }

    @Test
    void oneUnitShowsItsMeasuresAndWhatTheyAnswer() {
        Measure measure = example.getDirections().get(1).getMeasures().get(1);
        Set<ChainElement> shown = DiagramFilter.NONE.withUnit(measure.getResponsibleUnit()).visible(example);
        assertTrue(shown.containsAll(measure.getProblems()));
        assertTrue(shown.containsAll(measure.getCauses()));
        assertEquals(1, shown.stream().filter(Measure.class::isInstance).count());
    }

    @Test
    void filtersCombine() {
        DiagramFilter both = DiagramFilter.NONE.withAspect(example.getAspects().get(2)).withOpenOnly(true);
        Set<ChainElement> shown = both.visible(example);
        assertTrue(both.isActive());
        assertTrue(shown.stream().filter(Problem.class::isInstance)
                .allMatch(p -> p.eContainer() == example.getAspects().get(2)));
        assertTrue(shown.stream().filter(Measure.class::isInstance).map(Measure.class::cast)
                .allMatch(m -> m.getStatus() == MeasureStatus.PLANNED || m.getStatus() == MeasureStatus.IN_PROGRESS));
    }
}
