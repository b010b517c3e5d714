package rectify.share;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The reason a user gives for the next save of a shared register, which its commit message
 * carries; reopening a closed or archived record needs one. Held by the register's resource until
 * a save commits.
 */
public final class SaveNote extends AdapterImpl {

    private final String reason;

    private SaveNote(String reason) {
        this.reason = reason;
    }

    /** Gives the next save of a register a reason; {@code null} or blank takes it back. */
    public static void set(Resource resource, String reason) {
        resource.eAdapters().removeIf(SaveNote.class::isInstance);
        if (reason != null && !reason.isBlank()) {
            resource.eAdapters().add(new SaveNote(reason.strip()));
        }
    }

    /** @return the reason given for the next save, or {@code null} */
    public static String of(Resource resource) {
        for (Object adapter : resource.eAdapters()) {
            if (adapter instanceof SaveNote note) {
                return note.reason;
            }
        }
        return null;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == SaveNote.class;
    }
}
