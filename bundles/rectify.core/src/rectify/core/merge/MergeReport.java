package rectify.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What bringing two versions of a register together did: the elements kept from the other
 * version, and the changes that could not be kept, each with its element and why. The user
 * interface names them with its labels.
 */
public final class MergeReport {

    /** Why a change was not kept. */
    public enum Reason {
        /** The element changed is no longer in the other version. */
        ELEMENT_GONE,
        /** The element a reference points at is in neither version any more. */
        TARGET_GONE,
        /** The element's place holds one element, and the open register has another there. */
        PLACE_TAKEN
    }

    /**
     * A change that was not kept.
     *
     * @param element the element whose feature it is (of the open register, or a copy)
     * @param feature the feature
     * @param reason why
     */
    public record Skipped(EObject element, EStructuralFeature feature, Reason reason) {
    }

    private final List<EObject> kept = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    /** @return the elements of the other version added to the open register (with what they contain) */
    public List<EObject> kept() {
        return Collections.unmodifiableList(kept);
    }

    /** @return the changes that could not be kept */
    public List<Skipped> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    void kept(EObject element) {
        kept.add(element);
    }

    /** Tells of a change that could not be kept. */
    public void skipped(EObject element, EStructuralFeature feature, Reason reason) {
        Skipped entry = new Skipped(element, feature, reason);
        if (!skipped.contains(entry)) {
            skipped.add(entry);
        }
    }

    /** Puts in place of the elements named those with the same identifiers in a resource, where it has them. */
    void relocate(org.eclipse.emf.ecore.resource.Resource resource) {
        java.util.Map<String, EObject> index = Elements.index(resource);
        kept.replaceAll(element -> index.getOrDefault(Elements.id(element), element));
    }

    void clear() {
        kept.clear();
        skipped.clear();
    }
}
