package rectify.ui.handlers;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import rectify.ui.navigator.NavigatorGroup;
import rectify.ui.registers.OpenRegister;
import rectify.ui.registers.OpenRegisters;

/** What a selection holds, as the commands on registers see it. */
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

    /** @return the element an item stands for: itself, or the element a navigator group belongs to */
    public static EObject elementOf(Object item) {
        return switch (item) {
            case EObject element -> element;
            case NavigatorGroup group -> group.owner();
            case null, default -> null;
        };
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
