package rectify.share.store;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

import rectify.core.io.DiskVersion;
import rectify.core.io.RegisterResource;

/**
 * A register shared through Git, in memory: one resource, as a register file's, its records
 * contained in the register, so that every view and command works on it unchanged. Its URI is the
 * register part in the folder; its version is the commit it was read from or last saved as; it
 * tracks which parts changed since.
 */
public final class SharedResource extends RegisterResource {

    private final Path folder;
    private final PartTracker tracker = new PartTracker();
    private Snapshot snapshot;
    private ObjectId mergedWith;

    SharedResource(Path folder, URI uri) {
        super(uri);
        this.folder = folder;
    }

    /** @return the folder of the shared register, its Git working tree */
    public Path folder() {
        return folder;
    }

    /** @return the commit the next save replaces: the one read or last saved, or the one merged with since */
    public ObjectId commit() {
        return mergedWith != null ? mergedWith : snapshot.commit();
    }

    /** @return the files of the commit read or last saved, which the parts in memory were written as */
    Snapshot snapshot() {
        return snapshot;
    }

    PartTracker tracker() {
        return tracker;
    }

    /** Takes a commit as the one the register is as, every part as written there. */
    void settle(Snapshot read) {
        this.snapshot = read;
        this.mergedWith = null;
        super.setDiskVersion(version(read.commit()));
        if (!eAdapters().contains(tracker)) {
            eAdapters().add(tracker);
        }
        tracker.clear();
    }

    /** @return the version that stands for a commit */
    static DiskVersion version(ObjectId commit) {
        byte[] id = new byte[Constants.OBJECT_ID_LENGTH];
        commit.copyRawTo(id, 0);
        return DiskVersion.identified(id);
    }

    /**
     * Another version taken as this register's, after a merge with it: the next save replaces that
     * commit, and checks every part against it.
     */
    @Override
    protected void setDiskVersion(DiskVersion version) {
        super.setDiskVersion(version);
        if (snapshot == null || version == null) {
            return;
        }
        ObjectId commit = ObjectId.fromString(version.digest());
        mergedWith = commit.equals(snapshot.commit()) ? null : commit;
        tracker.invalidate();
    }
}
