package rectify.ui.registers;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * What a selection holds, as the commands on registers see it: its items, and the elements of open
 * registers they stand for (an element itself, or what an item adapts to, such as a group of the
 * navigator to the element it belongs to).
 */
public final class Selections {

    private Selections() {
    }

    /** @return the items of a structured selection; none for any other */
    public static List<?> items(ISelection selection) {
        return selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
    }

    /** @return the only item of a structured selection of one; null otherwise */
    public static Object single(ISelection selection) {
        List<?> items = items(selection);
        return items.size() == 1 ? items.get(0) : null;
    }

    /** @return the element an item stands for: itself, or the element it adapts to; null for none */
    public static EObject elementOf(Object item) {
        return item == null ? null : Adapters.adapt(item, EObject.class);
    }

    /**
     * @return the open register that holds every item of the selection; null when the selection
     *         is empty or spans several registers
     */
    public static OpenRegister registerOf(ISelection selection) {
        OpenRegister found = null;
        for (Object item : items(selection)) {
            EObject element = elementOf(item);
            OpenRegister register = element == null ? null : OpenRegisters.get().of(element).orElse(null);
            if (register == null || found != null && register != found) {
                return null;
            }
            found = register;
        }
        return found;
    }
}
