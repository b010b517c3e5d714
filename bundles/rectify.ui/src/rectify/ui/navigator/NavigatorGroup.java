package rectify.ui.navigator;

import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;

/**
 * A node of the navigator that groups elements of a register without being one; it adapts to the
 * element it belongs to, for the commands on the selection.
 */
public interface NavigatorGroup extends IAdaptable {

    /** @return the element the group belongs to: the register of a year or kind, the review of a part */
    EObject owner();

    /** @return the elements the group shows below it, in their order */
    List<? extends EObject> members();

    @Override
    default <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(owner()) ? adapter.cast(owner()) : null;
    }
}
