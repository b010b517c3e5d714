package rectify.archive.internal.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import rectify.archive.internal.Messages;
import rectify.archive.internal.layout.Diagram;
import rectify.archive.internal.layout.Flow;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.NodeLayout;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Review;

/**
 * Appendix: the diagram of problems, causes and measures with arrows from each problem to its
 * causes and from each cause to its measures (dashed from a problem straight to a measure none
 * of its causes leads to), drawn where the review's diagram layout puts the nodes. Nodes the
 * layout does not place, or all of them when the review has no layout, go into three lanes
 * below it: problems, causes, measures. Diagrams of more than {@value #MAX_NODES} nodes are not
 * drawn; the appendix says so and refers to the traceability table.
 */
final class DiagramAppendix implements Appendix {

    /** The most nodes a diagram is drawn with; beyond, boxes would be too small to read. */
    static final int MAX_NODES = 600;

    private static final float NODE_WIDTH = 240;
    private static final float NODE_HEIGHT = 72;
    private static final float LANE_PITCH = 320;
    private static final float ROW_PITCH = 96;
    private static final float GAP = 48;

    private final Record record;
    private final References references;
    private final List<String> warnings;

    DiagramAppendix(Record record, References references, List<String> warnings) {
        this.record = record;
        this.references = references;
        this.warnings = warnings;
    }

    @Override
    public String title() {
        return Terms.diagramTitle;
    }

    @Override
    public void write(Flow flow, SubMonitor monitor) {
        Review review = record.getReview();
        List<ChainElement> elements = review == null ? List.of() : elements(review);
        if (elements.isEmpty()) {
            flow.paragraph(Span.of(Terms.diagramEmpty, Style.BODY), null);
        } else if (elements.size() > MAX_NODES) {
            flow.paragraph(Span.of(NLS.bind(Terms.diagramTooLarge, elements.size(), MAX_NODES), Style.BODY), null);
            warnings.add(NLS.bind(Messages.diagramTooLarge, elements.size(), MAX_NODES));
        } else {
            new Diagram(nodes(review, elements), edges(elements)).draw(flow);
        }
    }

    private static List<ChainElement> elements(Review review) {
        List<ChainElement> elements = new ArrayList<>();
        review.getAspects().stream().map(Aspect::getProblems).forEach(elements::addAll);
        elements.addAll(review.getCauses());
        review.getDirections().stream().map(Direction::getMeasures).forEach(elements::addAll);
        return elements;
    }

    private List<Diagram.Node> nodes(Review review, List<ChainElement> elements) {
        Map<ChainElement, NodeLayout> placed = new IdentityHashMap<>();
        float below = 0;
        if (review.getLayout() != null) {
            for (NodeLayout node : review.getLayout().getNodes()) {
                if (node.getElement() != null && node.getWidth() > 0 && node.getHeight() > 0) {
                    placed.putIfAbsent(node.getElement(), node);
                    below = Math.max(below, node.getY() + node.getHeight() + GAP);
                }
            }
        }
        int[] rows = new int[3];
        List<Diagram.Node> nodes = new ArrayList<>();
        for (ChainElement element : elements) {
            Diagram.Kind kind = kind(element);
            NodeLayout layout = placed.get(element);
            float x;
            float y;
            float width = NODE_WIDTH;
            float height = NODE_HEIGHT;
            if (layout != null) {
                x = layout.getX();
                y = layout.getY();
                width = layout.getWidth();
                height = layout.getHeight();
            } else {
                x = kind.ordinal() * LANE_PITCH;
                y = below + rows[kind.ordinal()]++ * ROW_PITCH;
            }
            nodes.add(new Diagram.Node(kind, label(element), element.getHeadline(), references.anchor(element), x, y,
                    width, height));
        }
        return nodes;
    }

    private static Diagram.Kind kind(ChainElement element) {
        if (element instanceof Problem) {
            return Diagram.Kind.PROBLEM;
        }
        return element instanceof Cause ? Diagram.Kind.CAUSE : Diagram.Kind.MEASURE;
    }

    private String label(ChainElement element) {
        if (element instanceof Problem problem) {
            return NLS.bind(Terms.problemNode, references.label(problem));
        }
        if (element instanceof Cause cause) {
            return NLS.bind(Terms.causeNode, references.label(cause));
        }
        return NLS.bind(Terms.measureNode, references.label((Measure) element));
    }

    private static List<Diagram.Edge> edges(List<ChainElement> elements) {
        Map<ChainElement, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            index.put(elements.get(i), i);
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (ChainElement element : elements) {
            if (element instanceof Problem problem) {
                Set<Measure> viaCauses = new HashSet<>();
                for (Cause cause : problem.getCauses()) {
                    add(edges, index, problem, cause, false);
                    viaCauses.addAll(cause.getMeasures());
                }
                for (Measure measure : problem.getMeasures()) {
                    if (!viaCauses.contains(measure)) {
                        add(edges, index, problem, measure, true);
                    }
                }
            } else if (element instanceof Cause cause) {
                cause.getMeasures().forEach(measure -> add(edges, index, cause, measure, false));
            }
        }
        return edges;
    }

    private static void add(List<Diagram.Edge> edges, Map<ChainElement, Integer> index, ChainElement from,
            ChainElement to, boolean dashed) {
        Integer a = index.get(from);
        Integer b = index.get(to);
        if (a != null && b != null) {
            edges.add(new Diagram.Edge(a, b, dashed));
        }
    }
}
