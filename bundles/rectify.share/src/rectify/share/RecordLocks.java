package rectify.share;

import rectify.model.Record;
import rectify.model.RecordStatus;

/**
 * Closed (销号) and archived records are locked in a shared register: a save that changes or
 * removes one is refused, except reopening it (a status before closed) with a reason, which is
 * itself a commit.
 */
public final class RecordLocks {

    private RecordLocks() {
    }

    /** @return whether a record is locked: closed or archived */
    public static boolean isLocked(Record record) {
        return record.getStatus() == RecordStatus.CLOSED || record.getStatus() == RecordStatus.ARCHIVED;
    }

    /**
     * @param before the record as committed
     * @param after the record as it would be saved, or {@code null} when removed
     * @param reason the reason given for the save, or {@code null}
     * @return whether the save may change the record so
     */
    public static boolean allows(Record before, Record after, String reason) {
        if (before == null || !isLocked(before)) {
            return true;
        }
        return after != null && !isLocked(after) && reason != null && !reason.isBlank();
    }
}
