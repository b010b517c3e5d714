package rectify.chain.layout;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import rectify.chain.Lane;
import rectify.model.ChainElement;
import rectify.model.NodeLayout;
import rectify.model.Review;

/**
 * Where the elements of a review are drawn: where the review's layout places them, and the others
 * (added in a form, or after an undo, or all of them before a first layout) below the last node of
 * their lane, in document order, as wide and high as a new node. The diagram editor and the archive
 * draw a review where its placement says.
 * <p>
 * A placement is a snapshot: make a new one after the layout or the elements changed.
 */
public final class Placement {

    /** The left edge of the first lane and the top of the first node. */
    public static final int MARGIN = 40;
    /** The vertical gap between nodes of a lane. */
    public static final int NODE_GAP = 24;
    /** The horizontal distance between the left edges of two lanes of default width. */
    public static final int LANE_PITCH = 360;

    private final Map<ChainElement, NodeLayout> layouts;
    private final Map<ChainElement, Bounds> bounds;
    private final Set<ChainElement> unlaid;

    private Placement(Map<ChainElement, NodeLayout> layouts, Map<ChainElement, Bounds> bounds,
            Set<ChainElement> unlaid) {
        this.layouts = layouts;
        this.bounds = bounds;
        this.unlaid = unlaid;
    }

    /**
     * @param review a review
     * @param shown the elements drawn, in document order (all of the review's, or those a filter lets
     *        through)
     * @return where each of them goes
     */
    public static Placement of(Review review, Collection<? extends ChainElement> shown) {
        Map<ChainElement, NodeLayout> layouts = layouts(review);
        Map<ChainElement, Bounds> bounds = new HashMap<>();
        Set<ChainElement> unlaid = new LinkedHashSet<>();
        Map<Lane, Integer> left = new EnumMap<>(Lane.class);
        Map<Lane, Integer> next = new EnumMap<>(Lane.class);
        for (ChainElement element : shown) {
            NodeLayout layout = layouts.get(element);
            if (hasBounds(layout)) {
                Lane lane = Lane.of(element);
                bounds.put(element, new Bounds(layout.getX(), layout.getY(), layout.getWidth(), layout.getHeight()));
                left.merge(lane, layout.getX(), Math::min);
                next.merge(lane, layout.getY() + layout.getHeight() + NODE_GAP, Math::max);
            } else {
                unlaid.add(element);
            }
        }
        for (ChainElement element : unlaid) {
            Lane lane = Lane.of(element);
            Bounds placed = new Bounds(left.getOrDefault(lane, defaultLeft(lane)), next.getOrDefault(lane, MARGIN),
                    Bounds.DEFAULT_WIDTH, Bounds.DEFAULT_HEIGHT);
            bounds.put(element, placed);
            next.put(lane, placed.bottom() + NODE_GAP);
        }
        return new Placement(layouts, bounds, unlaid);
    }

    /** @return where {@code element} is drawn; for an element not shown, the top of its lane */
    public Bounds boundsOf(ChainElement element) {
        Bounds placed = bounds.get(element);
        return placed != null ? placed
                : new Bounds(defaultLeft(Lane.of(element)), MARGIN, Bounds.DEFAULT_WIDTH, Bounds.DEFAULT_HEIGHT);
    }

    /** @return the stored layout of {@code element}; {@code null} when it has none */
    public NodeLayout layoutOf(ChainElement element) {
        return layouts.get(element);
    }

    /** @return the elements shown that the review's layout does not place, in document order */
    public Set<ChainElement> unlaid() {
        return unlaid;
    }

    /** @return the stored node layouts of a review's elements, the first of each element */
    public static Map<ChainElement, NodeLayout> layouts(Review review) {
        Map<ChainElement, NodeLayout> layouts = new HashMap<>();
        if (review.getLayout() != null) {
            for (NodeLayout node : review.getLayout().getNodes()) {
                if (node.getElement() != null) {
                    layouts.putIfAbsent(node.getElement(), node);
                }
            }
        }
        return layouts;
    }

    private static boolean hasBounds(NodeLayout layout) {
        return layout != null && layout.getWidth() > 0 && layout.getHeight() > 0;
    }

    private static int defaultLeft(Lane lane) {
        return MARGIN + lane.ordinal() * LANE_PITCH;
    }
}
