package rectify.share.store;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

import rectify.model.Record;
import rectify.model.Register;

/**
 * Which parts of a shared register may have changed since it was read or saved: the records in
 * which something changed, and the register part (its own values, units, people, notices,
 * templates, the list of records). A save writes only those, so that saving one record of ten
 * thousand writes one file.
 */
final class PartTracker extends EContentAdapter {

    private final Set<Record> records = new HashSet<>();
    private boolean register;
    private boolean all = true;

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch()) {
            return;
        }
        Object notifier = notification.getNotifier();
        if (!(notifier instanceof EObject element)) {
            // of the resource itself only its contents count, not its modified flag or time stamp
            if (notification.getFeatureID(
                    org.eclipse.emf.ecore.resource.Resource.class) == org.eclipse.emf.ecore.resource.Resource.RESOURCE__CONTENTS) {
                all = true;
            }
            return;
        }
        EObject top = element;
        while (top.eContainer() != null && !(top.eContainer() instanceof Register)) {
            top = top.eContainer();
        }
        if (top instanceof Record record && record.eContainer() != null) {
            records.add(record);
        } else {
            register = true;
        }
    }

    /** @return whether every part is to be checked (after a load, or when the version changed otherwise) */
    boolean all() {
        return all;
    }

    /** @return whether the register part may have changed */
    boolean register() {
        return register;
    }

    /** @return the records that may have changed */
    Set<Record> records() {
        return records;
    }

    /** Every part is as written now. */
    void clear() {
        records.clear();
        register = false;
        all = false;
    }

    /** Every part is to be checked at the next save. */
    void invalidate() {
        all = true;
    }
}
