package rectify.chain.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rectify.chain.Lane;
import rectify.chain.Link;
import rectify.chain.Reviews;
import rectify.chain.SampleReviews;
import rectify.model.ChainElement;
import rectify.model.Review;

/** ELK's layout of the sample's reviews, without any drawing. */
class AutoLayoutTest {

    private static List<AutoLayout.Node> nodes(Review review, ChainElement pinned, Bounds at) {
        List<AutoLayout.Node> nodes = new ArrayList<>();
        for (ChainElement element : Reviews.elements(review)) {
            nodes.add(new AutoLayout.Node(element, Bounds.DEFAULT_WIDTH, 60 + element.getHeadline().length(),
                    element == pinned ? at : null));
        }
        return nodes;
    }

    private static List<Link> links(Review review) {
        return Link.among(Reviews.elements(review));
    }

    static void assertNoOverlapAndLanesInOrder(Map<ChainElement, Bounds> placed) {
        List<Map.Entry<ChainElement, Bounds>> all = new ArrayList<>(placed.entrySet());
        Map<Lane, int[]> spans = new EnumMap<>(Lane.class);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).getValue().intersects(all.get(j).getValue()),
                        all.get(i).getKey().getHeadline() + " overlaps " + all.get(j).getKey().getHeadline());
            }
            Bounds b = all.get(i).getValue();
            spans.merge(Lane.of(all.get(i).getKey()), new int[] { b.x(), b.right() },
                    (s, t) -> new int[] { Math.min(s[0], t[0]), Math.max(s[1], t[1]) });
        }
        assertTrue(spans.get(Lane.PROBLEMS)[1] < spans.get(Lane.CAUSES)[0]);
        assertTrue(spans.get(Lane.CAUSES)[1] < spans.get(Lane.MEASURES)[0]);
    }

    @Test
    void laysOutTheLinkedExampleInLanesWithoutOverlaps() throws Exception {
        Review review = SampleReviews.of(2025);
        Map<ChainElement, Bounds> placed = AutoLayout.arrange(nodes(review, null, null), links(review));
        assertEquals(18, placed.size());
        assertNoOverlapAndLanesInOrder(placed);
        assertTrue(placed.values().stream().allMatch(b -> b.y() >= AutoLayout.TOP));
        assertEquals(placed, AutoLayout.arrange(nodes(review, null, null), links(review)), "the same every time");
    }

    @Test
    void keepsTheDocumentOrderOfUnlinkedElements() throws Exception {
        Review review = SampleReviews.of(2021);
        Map<ChainElement, Bounds> placed = AutoLayout.arrange(nodes(review, null, null), links(review));
        assertNoOverlapAndLanesInOrder(placed);
        List<ChainElement> problems = Reviews.elements(review).stream().filter(Lane.PROBLEMS::holds).toList();
        for (int i = 1; i < problems.size(); i++) {
            assertTrue(placed.get(problems.get(i - 1)).y() < placed.get(problems.get(i)).y(),
                    "problem " + i + " below the one before");
        }
    }

    @Test
    void leavesPinnedNodesWhereTheyAreAndMakesRoomAroundThem() throws Exception {
        Review review = SampleReviews.of(2025);
        ChainElement cause = review.getCauses().get(1);
        Bounds pin = new Bounds(500, 60, Bounds.DEFAULT_WIDTH, 80);
        Map<ChainElement, Bounds> placed = AutoLayout.arrange(nodes(review, cause, pin), links(review));
        assertEquals(pin, placed.get(cause));
        assertNoOverlapAndLanesInOrder(placed);
    }
}
