package rectify.share.store;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of one commit of a shared register's repository: each path with its blob and mode.
 * A shared register is read from its commit, never from the working tree, so that a reader sees
 * one consistent version whatever a writer is doing.
 */
public final class Snapshot {

    /** A file of the commit. */
    public record Entry(ObjectId blob, FileMode mode) {
    }

    private final ObjectId commit;
    private final Map<String, Entry> files;

    private Snapshot(ObjectId commit, Map<String, Entry> files) {
        this.commit = commit;
        this.files = files;
    }

    /** @return the files of a commit */
    public static Snapshot of(Repository repository, ObjectId commit) throws IOException {
        Map<String, Entry> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit parsed = walk.parseCommit(commit);
            tree.addTree(parsed.getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), new Entry(tree.getObjectId(0), tree.getFileMode(0)));
            }
        }
        return new Snapshot(commit.copy(), files);
    }

    /** @return the files of a commit made here, without reading it again */
    static Snapshot of(ObjectId commit, Map<String, Entry> files) {
        return new Snapshot(commit.copy(), files);
    }

    /** @return the files of no commit: what a new repository starts from */
    public static Snapshot empty() {
        return new Snapshot(ObjectId.zeroId(), new TreeMap<>());
    }

    /** @return the commit */
    public ObjectId commit() {
        return commit;
    }

    /** @return every file by path */
    public Map<String, Entry> files() {
        return Collections.unmodifiableMap(files);
    }

    /** @return the blob of a path, or {@code null} when the commit has no such file */
    public ObjectId blob(String path) {
        Entry entry = files.get(path);
        return entry == null ? null : entry.blob();
    }

    /** @return the content of a path, or {@code null} when the commit has no such file */
    public byte[] read(ObjectReader reader, String path) throws IOException {
        ObjectId blob = blob(path);
        return blob == null ? null : reader.open(blob).getCachedBytes(Integer.MAX_VALUE);
    }
}
