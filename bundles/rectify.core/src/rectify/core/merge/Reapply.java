package rectify.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.core.merge.MergeReport.Reason;

/**
 * Applies the unsaved changes of an open register to another version of its file, as replaying
 * the user's commands there would: each feature the user changed takes the user's value (lists
 * take the user's additions and removals, and keep what the other version added); elements the
 * user added are copied with their identifiers, elements the user removed are removed. A change
 * of an element the other version no longer has, or pointing at one, does not apply and is
 * reported.
 */
final class Reapply {

    private final Resource mine;
    private final Resource theirs;
    private final MergeReport report;
    private final Set<EObject> added;
    private final Elements.Copies copies = new Elements.Copies();
    private final Map<EObject, EObject> copied = new HashMap<>();
    private Map<String, EObject> index;

    private Reapply(Resource mine, Resource theirs, ChangeDescription changes, MergeReport report) {
        this.mine = mine;
        this.theirs = theirs;
        this.report = report;
        this.added = UnsavedChanges.added(changes);
    }

    /**
     * @param mine the open register, with its unsaved changes
     * @param changes the summary of its unsaved changes
     * @param theirs the other version, changed
     * @param report told of the changes that do not apply
     */
    static void apply(Resource mine, ChangeDescription changes, Resource theirs, MergeReport report) {
        new Reapply(mine, theirs, changes, report).run(changes);
    }

    private void run(ChangeDescription changes) {
        index = Elements.index(theirs);
        Map<EObject, List<FeatureChange>> containments = new LinkedHashMap<>();
        Map<EObject, List<FeatureChange>> others = new LinkedHashMap<>();
        for (Map.Entry<EObject, ? extends List<FeatureChange>> entry : entries(changes.getObjectChanges())) {
            EObject element = entry.getKey();
            if (element.eResource() != mine || isNew(element)) {
                continue; // removed here: its container's list says so; new here: copied whole
            }
            for (FeatureChange change : entry.getValue()) {
                if (Elements.merged(change.getFeature())) {
                    (Elements.isContainment(change.getFeature()) ? containments : others)
                            .computeIfAbsent(element, e -> new ArrayList<>()).add(change);
                }
            }
        }
        containments.forEach(this::apply);
        copies.place(theirs);
        index = Elements.index(theirs);
        copies.link(index, (copy, feature) -> report.skipped(copy, feature, Reason.TARGET_GONE));
        others.forEach(this::apply);
        removeDeleted(changes);
    }

    @SuppressWarnings("unchecked")
    private static Iterable<Map.Entry<EObject, ? extends List<FeatureChange>>> entries(
            EMap<EObject, ? extends List<FeatureChange>> map) {
        return (Iterable<Map.Entry<EObject, ? extends List<FeatureChange>>>) (Iterable<?>) map.entrySet();
    }

    private void apply(EObject element, List<FeatureChange> changes) {
        EObject target = index.get(Elements.id(element));
        for (FeatureChange change : changes) {
            EStructuralFeature feature = change.getFeature();
            if (target == null) {
                report.skipped(element, feature, Reason.ELEMENT_GONE);
                continue;
            }
            List<Object> base = baseValues(change);
            List<Object> own = current(element, feature);
            if (Elements.keys(feature, base).equals(Elements.keys(feature, own))) {
                continue; // changed and changed back
            }
            List<Object> values = feature.isMany()
                    ? merge(feature, base, own, new ArrayList<>(Elements.values(target, feature)))
                    : own;
            List<Object> mapped = new ArrayList<>();
            for (Object value : values) {
                Object there = map(feature, value);
                if (there != null) {
                    mapped.add(there);
                } else if (value != null) {
                    report.skipped(element, feature, Reason.TARGET_GONE);
                }
            }
            Elements.set(target, feature, mapped);
        }
    }

    /** @return the values the feature had at the save point: the list, or the one value */
    private static List<Object> baseValues(FeatureChange change) {
        if (change.getFeature().isMany()) {
            return new ArrayList<>((List<?>) change.getValue());
        }
        return java.util.Collections.singletonList(change.getValue());
    }

    /** @return the values the feature has now: the list, or the one value */
    private static List<Object> current(EObject element, EStructuralFeature feature) {
        return feature.isMany() ? new ArrayList<>(Elements.values(element, feature))
                : java.util.Collections.singletonList(element.eGet(feature));
    }

    /**
     * Merges the values of a list: the user's, in the user's order, less those the other version
     * removed; and the other version's additions, each after the value it follows there.
     */
    private static List<Object> merge(EStructuralFeature feature, List<Object> base, List<Object> own,
            List<Object> other) {
        List<Object> baseKeys = Elements.keys(feature, base);
        List<Object> ownKeys = Elements.keys(feature, own);
        List<Object> otherKeys = Elements.keys(feature, other);
        Set<Object> inBase = new HashSet<>(baseKeys);
        Set<Object> inOwn = new HashSet<>(ownKeys);
        Set<Object> inOther = new HashSet<>(otherKeys);
        Map<Object, Object> values = new HashMap<>();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < ownKeys.size(); i++) {
            Object key = ownKeys.get(i);
            if (inOther.contains(key) || !inBase.contains(key)) {
                kept.add(key);
                values.put(key, own.get(i));
            }
        }
        Set<Object> inKept = new HashSet<>(kept);
        Map<Object, List<Object>> insertedAfter = new HashMap<>();
        Object anchor = null;
        for (int i = 0; i < otherKeys.size(); i++) {
            Object key = otherKeys.get(i);
            if (inKept.contains(key)) {
                anchor = key;
            } else if (!inBase.contains(key) && !inOwn.contains(key)) {
                insertedAfter.computeIfAbsent(anchor, a -> new ArrayList<>()).add(key);
                values.put(key, other.get(i));
            }
        }
        List<Object> merged = new ArrayList<>();
        insertedAfter.getOrDefault(null, List.of()).forEach(key -> merged.add(values.get(key)));
        for (Object key : kept) {
            merged.add(values.get(key));
            insertedAfter.getOrDefault(key, List.of()).forEach(added -> merged.add(values.get(added)));
        }
        return merged;
    }

    /**
     * @return the value of the other version for a value of the open register: the same value,
     *         the element with the same identifier, or a copy of an element added here;
     *         {@code null} when the element is not there
     */
    private Object map(EStructuralFeature feature, Object value) {
        if (!Elements.isReference(feature) || value == null) {
            return value;
        }
        EObject element = (EObject) value;
        if (element.eResource() != mine && element.eResource() != null) {
            return value; // already of the other version (a value it added)
        }
        EObject there = index.get(Elements.id(element));
        if (there != null) {
            return there;
        }
        if (((EReference) feature).isContainment() && isNew(element)) {
            return copied.computeIfAbsent(element, copies::copy);
        }
        return null;
    }

    /** @return whether the element was added here since the save point, itself or with its container */
    private boolean isNew(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (added.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Removes from the other version what the user removed, and the references to it. */
    private void removeDeleted(ChangeDescription changes) {
        Set<String> removed = UnsavedChanges.removed(changes);
        Set<String> kept = Elements.index(mine).keySet();
        for (String id : removed) {
            EObject there = index.get(id);
            if (there != null && !kept.contains(id) && there.eResource() == theirs) {
                EcoreUtil.remove(there);
            }
        }
        dropDanglingReferences(theirs);
    }

    /** Removes the references to elements that are no longer in the resource. */
    static void dropDanglingReferences(Resource resource) {
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || !Elements.merged(reference)) {
                    continue;
                }
                List<Object> values = new ArrayList<>(Elements.values(element, reference));
                if (values.removeIf(value -> value != null && ((EObject) value).eResource() != resource)) {
                    Elements.set(element, reference, values);
                }
            }
        }
    }
}
