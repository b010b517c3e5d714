package rectify.chain.view;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Measure;
import rectify.model.OrgUnit;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.model.urgency.Urgency;

/**
 * Which elements of a review the diagram shows. Each part narrows what the others leave:
 * <ul>
 * <li>{@code openOnly}: measures still planned or in progress; problems and causes that have no
 * measure yet or an open one (the closed loop is not closed for them);</li>
 * <li>{@code unit}: the measures that unit answers for, and the problems and causes they
 * address;</li>
 * <li>{@code aspect}: the problems of that aspect, their causes, and the measures that address
 * them or remedy those causes.</li>
 * </ul>
 *
 * @param openOnly whether to show open items only
 * @param aspect the one aspect to show; {@code null} for all
 * @param unit the one responsible unit to show; {@code null} for all
 */
public record DiagramFilter(boolean openOnly, Aspect aspect, OrgUnit unit) {

    /** Shows everything. */
    public static final DiagramFilter NONE = new DiagramFilter(false, null, null);

    /** @return true when the filter hides anything at all */
    public boolean isActive() {
        return openOnly || aspect != null || unit != null;
    }

    /** @return the same filter, showing open items only or not */
    public DiagramFilter withOpenOnly(boolean open) {
        return new DiagramFilter(open, aspect, unit);
    }

    /** @return the same filter for one aspect, or all with {@code null} */
    public DiagramFilter withAspect(Aspect only) {
        return new DiagramFilter(openOnly, only, unit);
    }

    /** @return the same filter for one unit, or all with {@code null} */
    public DiagramFilter withUnit(OrgUnit only) {
        return new DiagramFilter(openOnly, aspect, only);
    }

    /**
     * @param review a review
     * @return the elements of the review the filter shows: problems, causes, measures, each in
     *         document order
     */
    public Set<ChainElement> visible(Review review) {
        List<Problem> problems = review.getAspects().stream()
                .filter(a -> aspect == null || a == aspect)
                .flatMap(a -> a.getProblems().stream()).toList();
        List<Cause> causes = List.copyOf(review.getCauses());
        List<Measure> measures = review.getDirections().stream()
                .flatMap(d -> d.getMeasures().stream()).toList();
        if (openOnly) {
            problems = keep(problems, p -> isOpen(p.getMeasures()));
            causes = keep(causes, c -> isOpen(c.getMeasures()));
            measures = keep(measures, DiagramFilter::isOpen);
        }
        if (unit != null) {
            measures = keep(measures, m -> m.getResponsibleUnit() == unit);
            Set<Measure> kept = Set.copyOf(measures);
            problems = keep(problems, p -> p.getMeasures().stream().anyMatch(kept::contains));
            causes = keep(causes, c -> c.getMeasures().stream().anyMatch(kept::contains));
        }
        if (aspect != null) {
            Set<Problem> kept = Set.copyOf(problems);
            causes = keep(causes, c -> c.getProblems().stream().anyMatch(kept::contains));
            Set<Cause> keptCauses = Set.copyOf(causes);
            measures = keep(measures, m -> m.getProblems().stream().anyMatch(kept::contains)
                    || m.getCauses().stream().anyMatch(keptCauses::contains));
        }
        Set<ChainElement> visible = new LinkedHashSet<>(problems);
        visible.addAll(causes);
        visible.addAll(measures);
        return visible;
    }

    private static <T> List<T> keep(Collection<T> elements, Predicate<? super T> condition) {
        return elements.stream().filter(condition).toList();
    }

    private static boolean isOpen(Collection<Measure> measures) {
        return measures.isEmpty() || measures.stream().anyMatch(DiagramFilter::isOpen);
    }

    private static boolean isOpen(Measure measure) {
        return Urgency.isOpen(measure.getStatus());
    }
}
