package rectify.editor.pages;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A button that adds an element: {@code owner} finds where it goes from the selection (or null
 * when it cannot go anywhere), {@code command} makes the command that adds it.
 */
record AddAction(String label, Function<EObject, EObject> owner, BiFunction<EditingDomain, EObject, Command> command) {

    /** An action whose owner is the first object of type {@code type} on the way up from the selection. */
    static <T extends EObject> AddAction under(String label, Class<T> type, EObject root,
            BiFunction<EditingDomain, T, Command> command) {
        return new AddAction(label, selected -> {
            for (EObject e = selected == null ? root : selected; e != null; e = e.eContainer()) {
                if (type.isInstance(e)) {
                    return e;
                }
            }
            return type.isInstance(root) ? root : null;
        }, (domain, owner) -> command.apply(domain, type.cast(owner)));
    }
}
