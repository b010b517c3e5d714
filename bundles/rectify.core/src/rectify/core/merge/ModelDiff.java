package rectify.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What changed between two versions of a register, or of one part of it (a record), element by
 * element as their identifiers tell them apart: the elements added and removed (those whose
 * container stayed, with what they contain), those moved to another container, and each value
 * changed, from what to what. Changes of order within a list are not counted. References are
 * compared by the identifiers of the elements they point at, so that proxies of elements kept in
 * another part compare equal to the elements themselves.
 */
public final class ModelDiff {

    /** What happened to an element. */
    public enum Kind {
        /** The element is new, with what it contains. */
        ADDED,
        /** The element is gone, with what it contained. */
        REMOVED,
        /** The element is in another container, or another feature of it. */
        MOVED,
        /** A value of the element changed. */
        CHANGED
    }

    /**
     * One change.
     *
     * @param kind what happened
     * @param id the element's identifier
     * @param before the element in the version before ({@code null} when added)
     * @param after the element in the version after ({@code null} when removed)
     * @param feature the feature changed ({@link Kind#CHANGED}), or the containment feature that
     *        holds the element after ({@link Kind#MOVED}, {@link Kind#ADDED}) or before
     *        ({@link Kind#REMOVED}); {@code null} for a whole version added or removed
     * @param oldValues the values before: of the feature (a value not set is its default), or the
     *        container for a move
     * @param newValues the values after: of the feature, or the container for a move
     */
    public record Change(Kind kind, String id, EObject before, EObject after, EStructuralFeature feature,
            List<Object> oldValues, List<Object> newValues) {
    }

    private ModelDiff() {
    }

    /**
     * @param before the version before (its root), or {@code null} when there was none
     * @param after the version after (its root), or {@code null} when there is none
     * @return the changes, the elements of {@code after} in document order first, then those removed
     */
    public static List<Change> between(EObject before, EObject after) {
        if (before == null && after == null) {
            return List.of();
        }
        if (before == null || after == null) {
            EObject whole = before == null ? after : before;
            return List.of(new Change(before == null ? Kind.ADDED : Kind.REMOVED, Elements.id(whole), before, after,
                    null, List.of(), List.of()));
        }
        Version old = new Version(before);
        Version now = new Version(after);
        List<Change> changes = new ArrayList<>();
        for (EObject element : now.inOrder()) {
            String id = Elements.id(element);
            EObject was = old.get(id);
            if (was == null) {
                EObject container = element.eContainer();
                if (container != null && old.get(Elements.id(container)) != null) {
                    changes.add(new Change(Kind.ADDED, id, null, element, element.eContainingFeature(), List.of(),
                            List.of()));
                }
                continue;
            }
            if (!Objects.equals(old.location(was), now.location(element))) {
                changes.add(new Change(Kind.MOVED, id, was, element, element.eContainingFeature(),
                        listOf(was.eContainer()), listOf(element.eContainer())));
            }
            for (EStructuralFeature feature : Elements.mergedFeatures(element)) {
                if (Elements.isContainment(feature)) {
                    continue;
                }
                List<Object> oldValues = Elements.values(was, feature);
                List<Object> newValues = Elements.values(element, feature);
                if (!Elements.keys(feature, oldValues).equals(Elements.keys(feature, newValues))
                        || was.eIsSet(feature) != element.eIsSet(feature) && !feature.isMany()) {
                    changes.add(new Change(Kind.CHANGED, id, was, element, feature, shown(was, feature, oldValues),
                            shown(element, feature, newValues)));
                }
            }
        }
        for (EObject element : old.inOrder()) {
            String id = Elements.id(element);
            EObject container = element.eContainer();
            if (now.get(id) == null && container != null && now.get(Elements.id(container)) != null) {
                changes.add(new Change(Kind.REMOVED, id, element, null, element.eContainingFeature(), List.of(),
                        List.of()));
            }
        }
        return changes;
    }

    /** @return the values a person sees: the list, or the one value, its default when it is not set */
    private static List<Object> shown(EObject element, EStructuralFeature feature, List<Object> values) {
        if (feature.isMany() || element.eIsSet(feature)) {
            return List.copyOf(Elements.nonNull(values));
        }
        Object value = element.eGet(feature);
        return value == null ? List.of() : List.of(value);
    }

    private static List<Object> listOf(EObject element) {
        return element == null ? List.of() : List.of(element);
    }

    /** One version indexed by identifier. */
    static final class Version {

        private final EObject root;
        private final Map<String, EObject> elements;

        Version(EObject root) {
            this.root = root;
            this.elements = Elements.index(root);
        }

        EObject root() {
            return root;
        }

        EObject get(String id) {
            return id == null ? null : elements.get(id);
        }

        boolean has(String id) {
            return id != null && elements.containsKey(id);
        }

        Map<String, EObject> elements() {
            return elements;
        }

        /** @return the identifier of the container and the containment feature, or {@code null} for the root */
        Location location(EObject element) {
            EObject container = element == root ? null : element.eContainer();
            return container == null ? null : new Location(Elements.id(container), element.eContainingFeature());
        }

        /** @return the elements, the root first, in document order */
        List<EObject> inOrder() {
            List<EObject> all = new ArrayList<>();
            all.add(root);
            root.eAllContents().forEachRemaining(all::add);
            return all;
        }
    }

    /** Where an element is: the identifier of its container and the feature that holds it. */
    record Location(String container, EStructuralFeature feature) {
    }
}
