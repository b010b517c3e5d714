package rectify.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import rectify.core.io.RegisterFiles;
import rectify.core.io.RegisterResource;

/**
 * Elements of two versions of a register told apart by their identifiers (the UUIDs of register
 * files): which features a merge copies, and copies of elements from one version into the other
 * that keep their identifiers.
 */
final class Elements {

    private Elements() {
    }

    /**
     * @param element an element, in a register resource or removed from one, or a proxy of an
     *        element of another part of a register (its URI's fragment is the identifier)
     * @return its identifier, or {@code null} when it has none
     */
    static String id(EObject element) {
        if (element.eIsProxy()) {
            return ((org.eclipse.emf.ecore.InternalEObject) element).eProxyURI().fragment();
        }
        return RegisterResource.idOf(element);
    }

    /** @return an element and everything it contains by identifier */
    static Map<String, EObject> index(EObject root) {
        Map<String, EObject> index = new HashMap<>();
        String rootId = id(root);
        if (rootId != null) {
            index.put(rootId, root);
        }
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            String id = id(element);
            if (id != null) {
                index.put(id, element);
            }
        }
        return index;
    }

    /** @return every element of a resource by its identifier */
    static Map<String, EObject> index(Resource resource) {
        Map<String, EObject> index = new HashMap<>();
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            String id = id(element);
            if (id != null) {
                index.put(id, element);
            }
        }
        return index;
    }

    /**
     * @return whether a merge copies the feature: a feature kept in the file, that can be set, and
     *         not the reference to the container
     */
    static boolean merged(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                && !(feature instanceof EReference reference && reference.isContainer());
    }

    /** @return whether the feature holds elements (its own or references to others) */
    static boolean isReference(EStructuralFeature feature) {
        return feature instanceof EReference;
    }

    /** @return whether the feature contains its elements */
    static boolean isContainment(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment();
    }

    /** @return the features of an element a merge copies */
    static List<EStructuralFeature> mergedFeatures(EObject element) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (merged(feature)) {
                features.add(feature);
            }
        }
        return features;
    }

    /** @return the values of a feature as a list, whether it holds many or one */
    @SuppressWarnings("unchecked")
    static List<Object> values(EObject element, EStructuralFeature feature) {
        if (feature.isMany()) {
            return (List<Object>) element.eGet(feature);
        }
        return element.eIsSet(feature) ? java.util.Collections.singletonList(element.eGet(feature)) : List.of();
    }

    /** @return the values without the {@code null}s, as a new list */
    static List<Object> nonNull(List<Object> values) {
        List<Object> kept = new ArrayList<>(values);
        kept.removeAll(java.util.Collections.singleton(null));
        return kept;
    }

    /** Sets a feature to values: the list, or the one value (none unsets it). */
    @SuppressWarnings("unchecked")
    static void set(EObject element, EStructuralFeature feature, List<?> values) {
        if (feature.isMany()) {
            ECollections.setEList((EList<Object>) element.eGet(feature), new ArrayList<>(values));
        } else if (values.isEmpty()) {
            if (element.eIsSet(feature)) {
                element.eUnset(feature);
            }
        } else if (!Objects.equals(element.eGet(feature), values.get(0)) || !element.eIsSet(feature)) {
            element.eSet(feature, values.get(0));
        }
    }

    /**
     * @param feature a feature
     * @param values values of it
     * @return the keys that tell the values apart across versions, in the same order: an element
     *         by its identifier, a value by itself and how many equal values come before it
     */
    static List<Object> keys(EStructuralFeature feature, List<Object> values) {
        List<Object> keys = new ArrayList<>();
        Map<Object, Integer> counts = new HashMap<>();
        for (Object value : values) {
            if (isReference(feature)) {
                keys.add(value == null ? null : id((EObject) value));
            } else {
                keys.add(new Occurrence(value, counts.merge(Objects.requireNonNullElse(value, ""), 1, Integer::sum))); //$NON-NLS-1$
            }
        }
        return keys;
    }

    /** A value of a list and how many times it occurs up to there. */
    private record Occurrence(Object value, int count) {
    }

    /**
     * @param resource a register resource
     * @return a copy of it in a resource set of its own, each element with its identifier
     */
    static Resource copyOf(Resource resource) {
        Resource copy = RegisterFiles.create(RegisterFiles.newResourceSet(), RegisterFiles.fileOf(resource));
        Copies copies = new Copies();
        copy.getContents().add(copies.copy(resource.getContents().get(0)));
        copies.place(copy);
        copies.link(index(copy), (element, feature) -> {
            // every element referred to is copied too
        });
        return copy;
    }

    /**
     * Copies elements of one version with everything they contain; {@link #place} gives the
     * copies the identifiers of their originals once they are in their resource, and
     * {@link #link} points their references at the elements of that resource.
     */
    static final class Copies {

        private final EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);

        /** @return a copy of the element and what it contains, without references to others yet */
        EObject copy(EObject original) {
            return copier.copy(original);
        }

        /** Gives the copies in a resource the identifiers of their originals. */
        void place(Resource resource) {
            XMLResource xml = (XMLResource) resource;
            for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
                if (entry.getValue().eResource() == resource) {
                    xml.setID(entry.getValue(), id(entry.getKey()));
                }
            }
        }

        /**
         * Points the references of the copies at the elements of their resource with the same
         * identifiers as the elements their originals point at.
         *
         * @param index the elements of the copies' resource by identifier, the copies included
         * @param lost told of each copy and reference whose element is not there; the reference
         *        is left out
         */
        void link(Map<String, EObject> index, java.util.function.BiConsumer<EObject, EStructuralFeature> lost) {
            for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
                EObject original = entry.getKey();
                EObject copy = entry.getValue();
                for (EReference reference : original.eClass().getEAllReferences()) {
                    if (reference.isContainment() || !merged(reference)) {
                        continue;
                    }
                    List<Object> targets = new ArrayList<>();
                    for (Object value : values(original, reference)) {
                        EObject target = value == null ? null : index.get(id((EObject) value));
                        if (target != null) {
                            targets.add(target);
                        } else if (value != null) {
                            lost.accept(copy, reference);
                        }
                    }
                    set(copy, reference, targets);
                }
            }
        }
    }
}
