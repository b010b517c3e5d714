package rectify.archive.internal.content;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import rectify.model.ChainElement;

/**
 * How the appendices refer to the problems, causes and measures of a review: by their full number
 * (2.1 for the first problem of the second aspect, the same as on screen), and through the anchor
 * each has in the main text.
 */
final class References {

    private final Map<EObject, String> anchors = new IdentityHashMap<>();

    /** @return the key of the element's anchor in the main text */
    String anchor(EObject element) {
        return anchors.computeIfAbsent(element, e -> "element-" + anchors.size());
    }

    /** @return the full number followed by the headline, e.g. 2.1 调查研究不够深入。 */
    static String headline(ChainElement element) {
        return element.getFullNumber() + " " + Words.text(element.getHeadline());
    }
}
