package rectify.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Makes a register equal to another version of it without replacing it: each element with the
 * identifier of an element of the other version stays the same object (an editor showing it
 * keeps it, a selection stays valid) and takes that element's values and place; the others are
 * removed, and the other version's new elements are created. Listeners see ordinary changes.
 */
final class InPlaceUpdate {

    private final Resource current;
    private final Map<String, EObject> existing;
    private final Map<EObject, EObject> pairs = new LinkedHashMap<>();
    private final Set<EObject> used = new HashSet<>();

    private InPlaceUpdate(Resource current) {
        this.current = current;
        this.existing = Elements.index(current);
    }

    /**
     * @param current the register resource changed
     * @param target the version it becomes equal to, in another resource; unchanged
     */
    static void apply(Resource current, Resource target) {
        EObject root = current.getContents().get(0);
        EObject targetRoot = target.getContents().get(0);
        InPlaceUpdate update = new InPlaceUpdate(current);
        if (root.eClass() != targetRoot.eClass() || !Objects.equals(Elements.id(root), Elements.id(targetRoot))) {
            EObject replacement = EcoreUtil.create(targetRoot.eClass());
            current.getContents().set(0, replacement);
            update.pairs.put(targetRoot, replacement);
            update.identify(replacement, targetRoot);
            update.contents(replacement, targetRoot);
        } else {
            update.used.add(root);
            update.pairs.put(targetRoot, root);
            update.contents(root, targetRoot);
        }
        update.values();
    }

    /** Gives an element and what it contains the places of the target's, recursively. */
    private void contents(EObject element, EObject target) {
        for (EStructuralFeature feature : Elements.mergedFeatures(target)) {
            if (!Elements.isContainment(feature)) {
                continue;
            }
            List<Object> targetChildren = new ArrayList<>(Elements.values(target, feature));
            List<EObject> children = new ArrayList<>();
            Set<EObject> newOnes = new HashSet<>();
            for (Object value : targetChildren) {
                EObject targetChild = (EObject) value;
                EObject child = existing.get(Elements.id(targetChild));
                if (child == null || child.eClass() != targetChild.eClass() || !used.add(child)) {
                    child = EcoreUtil.create(targetChild.eClass());
                    newOnes.add(child);
                }
                pairs.put(targetChild, child);
                children.add(child);
            }
            Elements.set(element, feature, children);
            for (int i = 0; i < children.size(); i++) {
                EObject child = children.get(i);
                EObject targetChild = (EObject) targetChildren.get(i);
                if (newOnes.contains(child)) {
                    identify(child, targetChild);
                }
                contents(child, targetChild);
            }
        }
    }

    /** Gives a new element the identifier of its target once it is in the resource. */
    private void identify(EObject element, EObject target) {
        if (element.eResource() == current) {
            ((XMLResource) current).setID(element, Elements.id(target));
        }
    }

    /** Gives every element the attribute values and references of its target. */
    private void values() {
        for (Map.Entry<EObject, EObject> pair : pairs.entrySet()) {
            EObject target = pair.getKey();
            EObject element = pair.getValue();
            for (EStructuralFeature feature : Elements.mergedFeatures(target)) {
                if (Elements.isContainment(feature)) {
                    continue;
                }
                List<Object> values = new ArrayList<>();
                for (Object value : Elements.values(target, feature)) {
                    values.add(Elements.isReference(feature) && value != null ? pairs.get(value) : value);
                }
                values.removeIf(Objects::isNull);
                if (!Elements.values(element, feature).equals(values)
                        || element.eIsSet(feature) != target.eIsSet(feature)) {
                    Elements.set(element, feature, values);
                }
            }
        }
    }
}
