package rectify.chain.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

import rectify.chain.Lane;
import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.layout.Bounds;
import rectify.chain.layout.Placement;
import rectify.model.ChainElement;
import rectify.model.DiagramLayout;
import rectify.model.Measure;
import rectify.model.NodeLayout;
import rectify.model.Review;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;
import rectify.validation.RegisterValidation;

/**
 * The contents of one diagram: a review seen through a filter, where each element is placed,
 * what the closed-loop rules say about it, and how its measures stand today. It caches what it
 * computes; whoever changes the review tells it through {@link #structureChanged()} and
 * {@link #layoutChanged()}.
 * <p>
 * Elements are placed as their review's {@link Placement} says: where their {@link NodeLayout}
 * says, the others below the last node of their lane until they are moved or laid out.
 */
public final class Diagram {

    private final Review review;
    private final EditingDomain domain;
    private final Supplier<LocalDate> today;
    private WarningThresholds thresholds;
    private DiagramFilter filter = DiagramFilter.NONE;
    private Map<ChainElement, Marker> markers = Map.of();
    private Set<ChainElement> visible;
    private Placement placement;
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

    /** @return how urgent a measure is today */
    public Urgency stateOf(Measure measure) {
        return Urgency.of(measure, today.get(), thresholds);
    }

    /** Forgets what was computed from the review's elements, links and layout. */
    public void structureChanged() {
        visible = null;
        layoutChanged();
    }

    /** Forgets what was computed from the layout: which node layouts there are, and where. */
    public void layoutChanged() {
        boundsChanged();
    }

    /** Forgets where the elements go, after some node moved. */
    public void boundsChanged() {
        placement = null;
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
        return placement().unlaid();
    }

    /** @return true when the review has no layout yet: a new diagram */
    public boolean isNew() {
        DiagramLayout layout = review.getLayout();
        return layout == null || layout.getNodes().isEmpty();
    }

    /** @return the stored layout of {@code element}; {@code null} when it has none */
    public NodeLayout layoutOf(ChainElement element) {
        return placement().layoutOf(element);
    }

    /** @return where {@code element} is drawn: its stored layout, or below the last node of its lane */
    public Bounds boundsOf(ChainElement element) {
        return placement().boundsOf(element);
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

    private Placement placement() {
        if (placement == null) {
            placement = Placement.of(review, visibleSet());
        }
        return placement;
    }
}
