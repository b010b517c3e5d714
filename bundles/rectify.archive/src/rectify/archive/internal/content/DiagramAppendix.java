package rectify.archive.internal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import rectify.archive.internal.Messages;
import rectify.archive.internal.layout.Diagram;
import rectify.archive.internal.layout.Flow;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;
import rectify.chain.Lane;
import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.Reviews;
import rectify.chain.layout.Bounds;
import rectify.chain.layout.Placement;
import rectify.chain.view.NodeTexts;
import rectify.model.ChainElement;
import rectify.model.Measure;
import rectify.model.Record;
import rectify.model.Review;
import rectify.model.edit.UrgencyLegend;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;

/**
 * Appendix: the diagram of the review's problems, causes and measures as the diagram editor shows
 * it, drawn as vectors: the same nodes in the same {@link Placement} (the review's layout, and the
 * one default for what it does not place), the same links in the same direction (problem → cause,
 * measure → problem, measure → cause) in the colours and lines of their {@link LinkKind}, measures
 * filled by their urgency on the day of archiving, and the legend. Diagrams of more than
 * {@value #MAX_NODES} nodes are not drawn; the appendix says so and refers to the traceability
 * table.
 */
final class DiagramAppendix implements Appendix {

    /** The most nodes a diagram is drawn with; beyond, boxes would be too small to read. */
    static final int MAX_NODES = 600;

    /** Archives are Chinese documents whatever the user's language. */
    private static final Locale CHINESE = Locale.CHINESE;

    private static final int PAPER = 0xFFFFFF;
    private static final float[] DASHED = { 3, 2 };
    private static final float[] DOTTED = { 0.8f, 1.2f };

    private final Record record;
    private final References references;
    private final LocalDate today;
    private final WarningThresholds thresholds;
    private final List<String> warnings;

    DiagramAppendix(Record record, References references, LocalDate today, WarningThresholds thresholds,
            List<String> warnings) {
        this.record = record;
        this.references = references;
        this.today = today;
        this.thresholds = thresholds;
        this.warnings = warnings;
    }

    @Override
    public String title() {
        return Terms.diagramTitle;
    }

    @Override
    public void write(Flow flow, SubMonitor monitor) {
        Review review = record.getReview();
        List<ChainElement> elements = review == null ? List.of() : Reviews.elements(review);
        if (elements.isEmpty()) {
            flow.paragraph(Span.of(Terms.diagramEmpty, Style.BODY), null);
        } else if (elements.size() > MAX_NODES) {
            flow.paragraph(Span.of(NLS.bind(Terms.diagramTooLarge, elements.size(), MAX_NODES), Style.BODY), null);
            warnings.add(NLS.bind(Messages.diagramTooLarge, elements.size(), MAX_NODES));
        } else {
            drawing(review, elements).draw(flow);
        }
    }

    /**
     * @param review a review
     * @param elements its elements, in document order
     * @return the diagram of them: a node for each element, in the same order, and an edge for each link
     */
    Diagram drawing(Review review, List<ChainElement> elements) {
        Placement placement = Placement.of(review, elements);
        List<Diagram.Node> nodes = new ArrayList<>();
        for (ChainElement element : elements) {
            Bounds at = placement.boundsOf(element);
            nodes.add(new Diagram.Node(NodeTexts.title(element, CHINESE), element.getHeadline(),
                    references.anchor(element), at.x(), at.y(), at.width(), at.height(), fill(element),
                    Lane.of(element).rgb()));
        }
        Map<ChainElement, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            index.put(elements.get(i), i);
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (Link link : Link.among(elements)) {
            edges.add(new Diagram.Edge(index.get(link.source()), index.get(link.target()), line(link.kind())));
        }
        return new Diagram(nodes, edges, Terms.legendTitle, legend());
    }

    private int fill(ChainElement element) {
        return element instanceof Measure measure ? UrgencyLegend.tint(Urgency.of(measure, today, thresholds)) : PAPER;
    }

    private List<Diagram.Key> legend() {
        List<Diagram.Key> keys = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            keys.add(new Diagram.Key(NLS.bind(Terms.legendLink, new Object[] { kind.label(CHINESE),
                    kind.source().label(CHINESE), kind.target().label(CHINESE) }), line(kind), 0, 0));
        }
        for (Urgency urgency : Urgency.values()) {
            keys.add(new Diagram.Key(NLS.bind(Terms.legendMeasure, UrgencyLegend.label(urgency, thresholds, CHINESE)),
                    null, UrgencyLegend.tint(urgency), Lane.MEASURES.rgb()));
        }
        return keys;
    }

    private static Diagram.Line line(LinkKind kind) {
        float[] dash = switch (kind.line()) {
            case SOLID -> new float[0];
            case DASHED -> DASHED;
            case DOTTED -> DOTTED;
        };
        return new Diagram.Line(kind.rgb(), dash, kind.openHead());
    }
}
