package rectify.chain.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import rectify.chain.Lane;
import rectify.chain.Link;
import rectify.model.ChainElement;

/**
 * Arranges a diagram with ELK's layered algorithm: the lanes are its layers (problems, causes,
 * measures, left to right), the order within each lane minimises crossings, and the vertical
 * placement follows the links. Pinned nodes stay where they are; the others give way to them.
 */
public final class AutoLayout {

    /** The horizontal gap between two lanes. */
    public static final int LANE_GAP = 160;

    /** The top of the first node, below the lane headings. */
    public static final int TOP = 56;

    /**
     * Up to this many nodes, ties in the order of a lane keep the document's order; more make a
     * large diagram, whose crossings are minimised with fewer tries.
     */
    private static final int LARGE = 300;

    /** ELK's thoroughness for large diagrams (its default is 7). */
    private static final int LARGE_THOROUGHNESS = 2;

    /** ELK places each lane at its own x so that its interactive layering takes the lanes as layers. */
    private static final double LAYER_PITCH = 10_000;

    private AutoLayout() {
    }

    /**
     * A node to arrange.
     *
     * @param element the element it shows
     * @param width its width
     * @param height its height
     * @param pinned where it stays, or {@code null} when it may move
     */
    public record Node(ChainElement element, int width, int height, Bounds pinned) {
    }

    /**
     * @param nodes the nodes, in document order
     * @param links the links between them (others are ignored)
     * @return where each node goes; pinned nodes keep their bounds
     */
    public static Map<ChainElement, Bounds> arrange(List<Node> nodes, Collection<Link> links) {
        Map<ChainElement, Double> order = layeredOrder(nodes, links);
        int[] left = laneLefts(nodes);
        List<Bounds> obstacles = nodes.stream().filter(n -> n.pinned() != null).map(Node::pinned).toList();
        Map<Lane, List<Node>> lanes = new EnumMap<>(Lane.class);
        nodes.stream().filter(n -> n.pinned() == null)
                .sorted(Comparator.comparingDouble(n -> order.get(n.element())))
                .forEach(n -> lanes.computeIfAbsent(Lane.of(n.element()), l -> new ArrayList<>()).add(n));
        Map<ChainElement, Bounds> placed = new HashMap<>();
        nodes.stream().filter(n -> n.pinned() != null).forEach(n -> placed.put(n.element(), n.pinned()));
        lanes.forEach((lane, members) -> {
            int y = TOP;
            for (Node node : members) {
                Bounds bounds = new Bounds(left[lane.ordinal()],
                        Math.max(y, TOP + (int) Math.round(order.get(node.element()))),
                        node.width(), node.height());
                bounds = belowObstacles(bounds, obstacles);
                placed.put(node.element(), bounds);
                y = bounds.bottom() + Placement.NODE_GAP;
            }
        });
        return placed;
    }

    /** @return the vertical position ELK gives each node: its place in the order of its lane */
    private static Map<ChainElement, Double> layeredOrder(List<Node> nodes, Collection<Link> links) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        if (nodes.size() <= LARGE) {
            // among orders with as few crossings, the document's (its cost grows with the square of the nodes)
            graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        } else {
            // fewer random restarts of the crossing minimisation: large diagrams open within two seconds
            graph.setProperty(LayeredOptions.THOROUGHNESS, LARGE_THOROUGHNESS);
        }
        // the diagram draws its links itself: the cheapest routing ELK has
        graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, (double) Placement.NODE_GAP);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) LANE_GAP);
        Map<ChainElement, ElkNode> elk = new HashMap<>();
        for (Node node : nodes) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            n.setDimensions(node.width(), node.height());
            n.setLocation(Lane.of(node.element()).ordinal() * LAYER_PITCH, 0);
            elk.put(node.element(), n);
        }
        for (Link link : links) {
            ElkNode source = elk.get(link.source());
            ElkNode target = elk.get(link.target());
            if (source == null || target == null) {
                continue;
            }
            // every edge points to the right, from the earlier lane to the later one
            boolean forward = link.kind().source().ordinal() < link.kind().target().ordinal();
            ElkGraphUtil.createSimpleEdge(forward ? source : target, forward ? target : source);
        }
        engine().layout(graph, new BasicProgressMonitor());
        Map<ChainElement, Double> y = new HashMap<>();
        elk.forEach((element, node) -> y.put(element, node.getY()));
        return y;
    }

    /** @return the left edge of each lane, the lanes as wide as their widest node */
    private static int[] laneLefts(List<Node> nodes) {
        int[] width = new int[Lane.values().length];
        Arrays.fill(width, Bounds.DEFAULT_WIDTH);
        for (Node node : nodes) {
            int lane = Lane.of(node.element()).ordinal();
            width[lane] = Math.max(width[lane], node.width());
        }
        int[] left = new int[width.length];
        left[0] = Placement.MARGIN;
        for (int lane = 1; lane < left.length; lane++) {
            left[lane] = left[lane - 1] + width[lane - 1] + LANE_GAP;
        }
        return left;
    }

    private static Bounds belowObstacles(Bounds bounds, List<Bounds> obstacles) {
        Bounds moved = bounds;
        boolean clash = true;
        while (clash) {
            clash = false;
            for (Bounds obstacle : obstacles) {
                if (obstacle.intersects(moved)) {
                    moved = new Bounds(moved.x(), obstacle.bottom() + Placement.NODE_GAP, moved.width(),
                            moved.height());
                    clash = true;
                }
            }
        }
        return moved;
    }

    private static synchronized RecursiveGraphLayoutEngine engine() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        return new RecursiveGraphLayoutEngine();
    }
}
