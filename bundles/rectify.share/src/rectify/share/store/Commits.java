package rectify.share.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Making commits of a shared register and moving its branch to them, safely for a writer killed at
 * any moment ({@link Journal}): objects first, then the branch (only if it is still where the writer
 * found it), then the working tree and the index.
 */
public final class Commits {

    /**
     * A new version of the files: those written (path and content) and those deleted.
     *
     * @param writes the files written, by path
     * @param deletes the paths deleted
     */
    public record Changes(Map<String, byte[]> writes, Set<String> deletes) {

        /** @return no change */
        public static Changes none() {
            return new Changes(new TreeMap<>(), new java.util.TreeSet<>());
        }

        /** @return whether nothing is written or deleted */
        public boolean isEmpty() {
            return writes.isEmpty() && deletes.isEmpty();
        }

        /** @return every path written or deleted */
        public Set<String> paths() {
            Set<String> paths = new LinkedHashSet<>(writes.keySet());
            paths.addAll(deletes);
            return paths;
        }
    }

    private Commits() {
    }

    /**
     * Makes a commit of a snapshot with changes; no branch points at it yet.
     *
     * @return the new commit's files
     */
    public static Snapshot commit(Repository repository, Snapshot base, Changes changes, PersonIdent author,
            String message, List<ObjectId> parents) throws IOException {
        Map<String, Snapshot.Entry> files = new TreeMap<>(base.files());
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            for (Map.Entry<String, byte[]> write : changes.writes().entrySet()) {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, write.getValue());
                files.put(write.getKey(), new Snapshot.Entry(blob, FileMode.REGULAR_FILE));
            }
            changes.deletes().forEach(files::remove);
            DirCache tree = DirCache.newInCore();
            DirCacheBuilder builder = tree.builder();
            for (Map.Entry<String, Snapshot.Entry> file : files.entrySet()) {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(file.getValue().mode());
                entry.setObjectId(file.getValue().blob());
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree.writeTree(inserter));
            commit.setParentIds(parents);
            commit.setAuthor(author);
            commit.setCommitter(author);
            commit.setEncoding(java.nio.charset.StandardCharsets.UTF_8);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return Snapshot.of(id, files);
        }
    }

    /**
     * Moves the current branch from one commit to the next, then brings the working tree and the
     * index to it, under the journal.
     *
     * @param repository the repository
     * @param from the commit the branch must be at
     * @param to the new commit's files
     * @param paths the paths that differ between the two
     * @param log the reflog's words
     * @return whether the branch was moved; false when it was no longer at {@code from}
     */
    public static boolean advance(Repository repository, ObjectId from, Snapshot to, Collection<String> paths,
            String log)
            throws IOException {
        List<String> sorted = new ArrayList<>(paths);
        Journal.write(repository, to.commit(), sorted);
        RefUpdate update = repository.updateRef(Constants.HEAD);
        update.setNewObjectId(to.commit());
        update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
        update.setRefLogMessage(log, false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD
                && result != RefUpdate.Result.FORCED) {
            Journal.delete(repository);
            return false;
        }
        WorkingTree.checkout(repository, to, sorted);
        Journal.delete(repository);
        return true;
    }
}
