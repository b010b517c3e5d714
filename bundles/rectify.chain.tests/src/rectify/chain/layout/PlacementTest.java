package rectify.chain.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import rectify.chain.Reviews;
import rectify.chain.SampleReviews;
import rectify.model.ChainElement;
import rectify.model.NodeLayout;
import rectify.model.Review;

/** Where the elements of a review are drawn: where its layout says, the others below their lane. */
class PlacementTest {

    @Test
    void theExampleIsDrawnWhereItsLayoutSays() throws Exception {
        Review review = SampleReviews.of(2025);
        List<ChainElement> elements = Reviews.elements(review);
        Placement placement = Placement.of(review, elements);
        assertTrue(placement.unlaid().isEmpty(), "the worked example has a layout for every node");
        for (NodeLayout node : review.getLayout().getNodes()) {
            assertEquals(new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()),
                    placement.boundsOf(node.getElement()));
        }
    }

    @Test
    void elementsWithoutLayoutGoBelowTheLastNodeOfTheirLaneInDocumentOrder() throws Exception {
        Review review = SampleReviews.of(2025);
        ChainElement firstCause = review.getCauses().get(0);
        ChainElement lastCause = review.getCauses().get(review.getCauses().size() - 1);
        NodeLayout lowest = Placement.layouts(review).get(review.getCauses().get(2));
        EcoreUtil.remove(Placement.layouts(review).get(firstCause));
        EcoreUtil.remove(Placement.layouts(review).get(lastCause));

        Placement placement = Placement.of(review, Reviews.elements(review));

        assertEquals(List.of(firstCause, lastCause), List.copyOf(placement.unlaid()));
        assertNull(placement.layoutOf(firstCause));
        int below = lowest.getY() + lowest.getHeight() + Placement.NODE_GAP;
        assertEquals(new Bounds(lowest.getX(), below, Bounds.DEFAULT_WIDTH, Bounds.DEFAULT_HEIGHT),
                placement.boundsOf(firstCause));
        assertEquals(below + Bounds.DEFAULT_HEIGHT + Placement.NODE_GAP, placement.boundsOf(lastCause).y());
    }

    @Test
    void aReviewWithoutLayoutIsDrawnInThreeLanes() throws Exception {
        Review review = SampleReviews.of(2021);
        List<ChainElement> elements = Reviews.elements(review);
        Placement placement = Placement.of(review, elements);
        assertEquals(elements, List.copyOf(placement.unlaid()));
        Bounds problem = placement.boundsOf(review.getAspects().get(0).getProblems().get(0));
        Bounds cause = placement.boundsOf(review.getCauses().get(0));
        Bounds measure = placement.boundsOf(review.getDirections().get(0).getMeasures().get(0));
        assertEquals(
                List.of(Placement.MARGIN, Placement.MARGIN + Placement.LANE_PITCH,
                        Placement.MARGIN + 2 * Placement.LANE_PITCH),
                List.of(problem.x(), cause.x(), measure.x()));
        assertEquals(List.of(Placement.MARGIN, Placement.MARGIN, Placement.MARGIN),
                List.of(problem.y(), cause.y(), measure.y()));
    }
}
