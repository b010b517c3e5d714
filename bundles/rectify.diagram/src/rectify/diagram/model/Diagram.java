package rectify.diagram.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

import rectify.diagram.WarningThresholds;
import rectify.model.ChainElement;
import rectify.model.DiagramLayout;
import rectify.model.Measure;
import rectify.model.NodeLayout;
import rectify.model.Review;
import rectify.validation.RegisterValidation;

/**
 * The contents of one diagram: a review seen through a filter, where each element is placed,
 * what the closed-loop rules say about it, and how its measures stand today. It caches what it
 * computes; whoever changes the review tells it through {@link #structureChanged()} and
 * {@link #layoutChanged()}.
 * <p>
 * An element is placed where its {@link NodeLayout} says; one without (added in a form, or after
 * an undo) is placed below the last node of its lane until it is moved or laid out.
 */
public final class Diagram {

    /** The left edge of the first lane and the top of the first node. */
    public static final int MARGIN = 40;
    /** The vertical gap between nodes of a lane. */
    public static final int NODE_GAP = 24;
    /** The horizontal distance between the left edges of two lanes of default width. */
    public static final int LANE_PITCH = 360;

    private final Review review;
    private final EditingDomain domain;
    private final Supplier<LocalDate> today;
    private WarningThresholds thresholds;
    private DiagramFilter filter = DiagramFilter.NONE;
    private Map<ChainElement, Marker> markers = Map.of();
    private Set<ChainElement> visible;
    private Map<ChainElement, NodeLayout> layouts;
    private Set<ChainElement> unlaid;
    private Map<ChainElement, Bounds> fallback;
    private final List<Runnable> listeners = new ArrayList<>();

    /**
     * @param review the review to show
     * @param domain the editing domain of the review's register, whose command stack all edits use
     * @param thresholds the warning thresholds of measures
     * @param today the day measures are judged on, asked at every refresh
     */
    public Diagram(Review review, EditingDomain domain, WarningThresholds thresholds, Supplier<LocalDate> today) {
        this.review = Objects.requireNonNull(review, "review");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** @return the review shown */
    public Review review() {
        return review;
    }

    /** @return the editing domain whose command stack every edit goes through */
    public EditingDomain domain() {
        return domain;
    }

    /** @return the filter in use */
    public DiagramFilter filter() {
        return filter;
    }

    /** Shows what another filter lets through. */
    public void setFilter(DiagramFilter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
        structureChanged();
        viewChanged();
    }

    /** @return the warning thresholds in use */
    public WarningThresholds thresholds() {
        return thresholds;
    }

    /** Uses other warning thresholds from now on. */
    public void setThresholds(WarningThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        viewChanged();
    }

    /**
     * @param listener told when the diagram is to be shown otherwise though the review did not
     *        change: another filter, other markers, other thresholds
     */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** @param listener no longer to be told */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void viewChanged() {
        List.copyOf(listeners).forEach(Runnable::run);
    }

    /** @return the state of a measure today */
    public MeasureState stateOf(Measure measure) {
        return MeasureState.of(measure, today.get(), thresholds);
    }

    /** Forgets what was computed from the review's elements, links and layout. */
    public void structureChanged() {
        visible = null;
        layoutChanged();
    }

    /** Forgets what was computed from the layout: which node layouts there are, and where. */
    public void layoutChanged() {
        layouts = null;
        unlaid = null;
        boundsChanged();
    }

    /** Forgets where the elements without a node layout go, after some node moved. */
    public void boundsChanged() {
        fallback = null;
    }

    /** @return the elements shown: problems, causes and measures, each in document order */
    public List<ChainElement> elements() {
        return List.copyOf(visibleSet());
    }

    /** @return how many elements are shown */
    public int size() {
        return visibleSet().size();
    }

    /** @return true when {@code element} is shown */
    public boolean isVisible(ChainElement element) {
        return visibleSet().contains(element);
    }

    /** @return the links from {@code element} to elements shown */
    public List<Link> outgoing(ChainElement element) {
        List<Link> links = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            for (ChainElement target : kind.targetsOf(element)) {
                if (isVisible(target)) {
                    links.add(new Link(kind, element, target));
                }
            }
        }
        return links;
    }

    /** @return the links to {@code element} from elements shown */
    public List<Link> incoming(ChainElement element) {
        List<Link> links = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            for (ChainElement source : kind.sourcesOf(element)) {
                if (isVisible(source)) {
                    links.add(new Link(kind, source, element));
                }
            }
        }
        return links;
    }

    /** @return the elements shown that have no node layout, placed below their lane */
    public Set<ChainElement> unlaid() {
        if (unlaid == null) {
            Set<ChainElement> found = new LinkedHashSet<>();
            for (ChainElement element : visibleSet()) {
                if (!hasBounds(layoutOf(element))) {
                    found.add(element);
                }
            }
            unlaid = found;
        }
        return unlaid;
    }

    /** @return true when the review has no layout yet: a new diagram */
    public boolean isNew() {
        DiagramLayout layout = review.getLayout();
        return layout == null || layout.getNodes().isEmpty();
    }

    /** @return the stored layout of {@code element}; {@code null} when it has none */
    public NodeLayout layoutOf(ChainElement element) {
        if (layouts == null) {
            layouts = new HashMap<>();
            if (review.getLayout() != null) {
                for (NodeLayout node : review.getLayout().getNodes()) {
                    if (node.getElement() != null) {
                        layouts.putIfAbsent(node.getElement(), node);
                    }
                }
            }
        }
        return layouts.get(element);
    }

    /** @return where {@code element} is drawn: its stored layout, or below the last node of its lane */
    public Bounds boundsOf(ChainElement element) {
        NodeLayout layout = layoutOf(element);
        if (hasBounds(layout)) {
            return new Bounds(layout.getX(), layout.getY(), layout.getWidth(), layout.getHeight());
        }
        if (fallback == null) {
            fallback = placeUnlaid();
        }
        Bounds bounds = fallback.get(element);
        return bounds != null ? bounds : defaultBounds(Lane.of(element), MARGIN);
    }

    /**
     * Tells whether an element may be placed at {@code bounds} with the lanes staying in order
     * left to right: it must lie right of every node of the lanes before its own and left of
     * every node of the lanes after it.
     *
     * @param element the element to place
     * @param bounds where it would go
     * @param moving elements that move at the same time and do not count
     * @return true when the lanes keep their order
     */
    public boolean keepsLanes(ChainElement element, Bounds bounds, Set<?> moving) {
        int lane = Lane.of(element).ordinal();
        for (ChainElement other : visibleSet()) {
            if (other == element || moving.contains(other)) {
                continue;
            }
            int otherLane = Lane.of(other).ordinal();
            Bounds at = boundsOf(other);
            if (otherLane < lane && at.right() > bounds.x() || otherLane > lane && at.x() < bounds.right()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes the markers from the diagnostics of the closed-loop rules: each diagnostic about a
     * problem, cause or measure of the review marks it.
     */
    public void setDiagnostics(Diagnostic diagnostics) {
        Map<ChainElement, Marker> found = new HashMap<>();
        collect(diagnostics, found);
        if (!found.equals(markers)) {
            markers = found;
            viewChanged();
        }
    }

    /** @return what the rules say about {@code element}; {@code null} when nothing */
    public Marker markerOf(ChainElement element) {
        return markers.get(element);
    }

    private void collect(Diagnostic diagnostic, Map<ChainElement, Marker> found) {
        if (diagnostic.getSeverity() > Diagnostic.OK
                && RegisterValidation.elementOf(diagnostic) instanceof ChainElement element
                && EcoreUtil.isAncestor(review, element)) {
            found.merge(element, new Marker(diagnostic.getSeverity(), List.of(diagnostic.getMessage())), Marker::and);
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, found);
        }
    }

    private Set<ChainElement> visibleSet() {
        if (visible == null) {
            visible = filter.visible(review);
        }
        return visible;
    }

    private static boolean hasBounds(NodeLayout layout) {
        return layout != null && layout.getWidth() > 0 && layout.getHeight() > 0;
    }

    private Map<ChainElement, Bounds> placeUnlaid() {
        Map<Lane, Integer> left = new EnumMap<>(Lane.class);
        Map<Lane, Integer> next = new EnumMap<>(Lane.class);
        for (ChainElement element : visibleSet()) {
            NodeLayout layout = layoutOf(element);
            if (hasBounds(layout)) {
                Lane lane = Lane.of(element);
                left.merge(lane, layout.getX(), Math::min);
                next.merge(lane, layout.getY() + layout.getHeight() + NODE_GAP, Math::max);
            }
        }
        Map<ChainElement, Bounds> placed = new HashMap<>();
        for (ChainElement element : unlaid()) {
            Lane lane = Lane.of(element);
            Bounds bounds = defaultBounds(lane, next.getOrDefault(lane, MARGIN));
            bounds = new Bounds(left.getOrDefault(lane, bounds.x()), bounds.y(), bounds.width(), bounds.height());
            placed.put(element, bounds);
            next.put(lane, bounds.bottom() + NODE_GAP);
        }
        return placed;
    }

    private static Bounds defaultBounds(Lane lane, int y) {
        return new Bounds(MARGIN + lane.ordinal() * LANE_PITCH, y, Bounds.DEFAULT_WIDTH, Bounds.DEFAULT_HEIGHT);
    }
}
