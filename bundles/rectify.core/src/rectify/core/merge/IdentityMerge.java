package rectify.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import rectify.core.merge.MergeReport.Reason;

/**
 * Merge by element identity: the open register keeps every one of its edits, and gains the
 * elements (records, problems, measures, people…) that the other version added, with what they
 * contain, each in its container after the element it follows there. An element the user removed
 * since the save point stays removed; a reference of an added element to an element the open
 * register does not have is left out and reported.
 */
final class IdentityMerge {

    private IdentityMerge() {
    }

    /**
     * @param mine the open register, changed
     * @param theirs the other version, unchanged
     * @param removedHere the identifiers of the elements the user removed since the save point
     * @param report told of the elements added and the references left out
     */
    static void apply(Resource mine, Resource theirs, Set<String> removedHere, MergeReport report) {
        Map<String, EObject> here = Elements.index(mine);
        Elements.Copies copies = new Elements.Copies();
        List<EObject> added = new ArrayList<>();
        EObject root = theirs.getContents().get(0);
        addMissing(root, here, removedHere, copies, added, report);
        copies.place(mine);
        copies.link(Elements.index(mine), (copy, feature) -> report.skipped(copy, feature, Reason.TARGET_GONE));
        added.forEach(report::kept);
    }

    /** Adds the children of {@code element} (of the other version) that the open register lacks, recursively. */
    private static void addMissing(EObject element, Map<String, EObject> here, Set<String> removedHere,
            Elements.Copies copies, List<EObject> added, MergeReport report) {
        EObject container = here.get(Elements.id(element));
        for (EStructuralFeature feature : Elements.mergedFeatures(element)) {
            if (!Elements.isContainment(feature)) {
                continue;
            }
            List<Object> children = Elements.values(element, feature);
            for (int i = 0; i < children.size(); i++) {
                EObject child = (EObject) children.get(i);
                String id = Elements.id(child);
                if (here.containsKey(id)) {
                    addMissing(child, here, removedHere, copies, added, report);
                } else if (!removedHere.contains(id) && container != null) {
                    EObject copy = copies.copy(child);
                    if (place(container, feature, copy, children.subList(0, i), here)) {
                        added.add(copy);
                        here.put(id, copy);
                    } else {
                        report.skipped(container, feature, Reason.PLACE_TAKEN);
                    }
                }
            }
        }
    }

    /** Puts a copy into its container after the nearest element that precedes it in the other version. */
    @SuppressWarnings("unchecked")
    private static boolean place(EObject container, EStructuralFeature feature, EObject copy, List<Object> before,
            Map<String, EObject> here) {
        if (!feature.isMany()) {
            if (container.eGet(feature) != null) {
                return false;
            }
            container.eSet(feature, copy);
            return true;
        }
        EList<Object> list = (EList<Object>) container.eGet(feature);
        int index = 0;
        for (int i = before.size() - 1; i >= 0; i--) {
            EObject preceding = here.get(Elements.id((EObject) before.get(i)));
            int at = preceding == null ? -1 : list.indexOf(preceding);
            if (at >= 0) {
                index = at + 1;
                break;
            }
        }
        list.add(index, copy);
        return true;
    }
}
