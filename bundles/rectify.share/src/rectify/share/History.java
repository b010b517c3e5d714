package rectify.share;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.core.merge.ModelDiff;
import rectify.share.format.Layout;
import rectify.share.store.Repositories;
import rectify.share.store.Snapshots;

/**
 * The history of a shared register from its commits, the audit trail: each change of a value (who,
 * when, which element, which field, from what to what), each element added, removed or moved, with
 * the commit and its message. Of one record, of one element, or of everything; newest first.
 */
public final class History {

    /**
     * One change.
     *
     * @param commit the commit
     * @param time when
     * @param author who: name and e-mail
     * @param message the commit's message
     * @param change what changed
     */
    public record Entry(ObjectId commit, Instant time, PersonIdent author, String message, ModelDiff.Change change) {
    }

    private History() {
    }

    /**
     * @param folder the shared register's folder
     * @param recordId the record, or {@code null} for every part
     * @return the changes, newest first, each commit's in document order
     */
    public static List<Entry> of(Path folder, String recordId) throws IOException {
        if (Layout.locate(folder) == null) {
            throw new ShareException(NLS.bind(Messages.notShared, FileNames.display(folder)));
        }
        try (Repository repository = Repositories.open(folder);
                RevWalk walk = new RevWalk(repository);
                ObjectReader reader = repository.newObjectReader()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return List.of();
            }
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            Path root = repository.getWorkTree().toPath();
            if (recordId != null) {
                return ofRecord(walk, reader, Layout.recordPath(recordId), root);
            }
            walk.setTreeFilter(TreeFilter.ANY_DIFF);
            walk.setRewriteParents(false);
            List<Entry> entries = new ArrayList<>();
            for (RevCommit commit; (commit = walk.next()) != null;) {
                RevCommit parent = commit.getParentCount() > 0 ? walk.parseCommit(commit.getParent(0)) : null;
                for (String path : changedParts(repository, commit, parent)) {
                    add(entries, commit,
                            Snapshots.part(reader, parent == null ? null : Snapshots.blob(reader, parent, path), path,
                                    root),
                            Snapshots.part(reader, commit, path, root));
                }
            }
            return entries;
        }
    }

    /**
     * @param folder the shared register's folder
     * @return the elements of its register part as committed now (units, people, notices…) by
     *         identifier, to name what the records refer to
     */
    public static Map<String, EObject> names(Path folder) throws IOException {
        try (Repository repository = Repositories.open(folder); ObjectReader reader = repository.newObjectReader()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            EObject register = head == null ? null
                    : Snapshots.part(reader, new RevWalk(repository).parseCommit(head), Layout.REGISTER,
                            repository.getWorkTree().toPath());
            Map<String, EObject> names = new java.util.HashMap<>();
            if (register != null) {
                names.put(Snapshots.id(register), register);
                register.eAllContents().forEachRemaining(e -> names.put(Snapshots.id(e), e));
            }
            return names;
        }
    }

    /**
     * @param folder the shared register's folder
     * @param locale the language
     * @return the wording of its elements, naming what records refer to by the register part as committed now
     */
    public static Wording wording(Path folder, java.util.Locale locale) {
        Map<String, EObject> known;
        try {
            known = names(folder);
        } catch (IOException e) {
            known = Map.of();
        }
        return new Wording(locale, known::get);
    }

    /**
     * @param entries the history of a record
     * @param elementId an element of it
     * @return the entries of that element and of what it contains
     */
    public static List<Entry> of(List<Entry> entries, String elementId) {
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries) {
            EObject element = entry.change().after() != null ? entry.change().after() : entry.change().before();
            for (EObject e = element; e != null; e = e.eContainer()) {
                if (elementId.equals(Snapshots.id(e))) {
                    kept.add(entry);
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * The history of one part: the commits whose version of it differs from every parent's (as Git's
     * path-limited log), each commit's tree read once, not once per comparison (a register's records
     * folder is a tree of thousands of entries).
     */
    private static List<Entry> ofRecord(RevWalk walk, ObjectReader reader, String path, Path root) throws IOException {
        Map<RevCommit, Optional<ObjectId>> blobs = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (RevCommit commit; (commit = walk.next()) != null;) {
            Optional<ObjectId> after = blob(walk, reader, commit, path, blobs);
            Optional<ObjectId> before = Optional.empty();
            boolean same = commit.getParentCount() == 0 && after.isEmpty();
            for (int i = 0; i < commit.getParentCount(); i++) {
                Optional<ObjectId> parent = blob(walk, reader, commit.getParent(i), path, blobs);
                before = i == 0 ? parent : before;
                same |= parent.equals(after);
            }
            if (!same) {
                add(entries, commit, Snapshots.part(reader, before.orElse(null), path, root),
                        Snapshots.part(reader, after.orElse(null), path, root));
            }
        }
        return entries;
    }

    private static Optional<ObjectId> blob(RevWalk walk, ObjectReader reader, RevCommit commit, String path,
            Map<RevCommit, Optional<ObjectId>> blobs) throws IOException {
        Optional<ObjectId> blob = blobs.get(commit);
        if (blob == null) {
            walk.parseHeaders(commit);
            blob = Optional.ofNullable(Snapshots.blob(reader, commit, path));
            blobs.put(commit, blob);
        }
        return blob;
    }

    /** Adds the changes of a part from one version to the next, made by a commit. */
    private static void add(List<Entry> entries, RevCommit commit, EObject before, EObject after) {
        for (ModelDiff.Change change : ModelDiff.between(before, after)) {
            entries.add(new Entry(commit.copy(), commit.getAuthorIdent().getWhenAsInstant(), commit.getAuthorIdent(),
                    commit.getFullMessage(), change));
        }
    }

    /** @return the parts of a register that a commit changed against its first parent, in order */
    private static List<String> changedParts(Repository repository, RevCommit commit, RevCommit parent)
            throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(parent == null ? new org.eclipse.jgit.treewalk.EmptyTreeIterator()
                    : new org.eclipse.jgit.treewalk.CanonicalTreeParser(null, repository.newObjectReader(),
                            parent.getTree()));
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                if (Layout.isPart(tree.getPathString())) {
                    paths.add(tree.getPathString());
                }
            }
        }
        paths.sort((a, b) -> Layout.REGISTER.equals(a) ? -1 : Layout.REGISTER.equals(b) ? 1 : a.compareTo(b));
        return paths;
    }

    /**
     * One entry as {@code rectify history} prints it: commit, date, author, element id, field, old →
     * new, separated by tabs; added, removed and moved elements name {@code +}, {@code -} or
     * {@code >} as their field.
     */
    public static String line(Entry entry, Wording wording) {
        ModelDiff.Change change = entry.change();
        String field = switch (change.kind()) {
            case ADDED -> "+"; //$NON-NLS-1$
            case REMOVED -> "-"; //$NON-NLS-1$
            case MOVED -> ">"; //$NON-NLS-1$
            case CHANGED -> change.feature().getName();
        };
        String values = switch (change.kind()) {
            case ADDED -> " \u2192 " + wording.element(change.after()); //$NON-NLS-1$
            case REMOVED -> wording.element(change.before()) + " \u2192 "; //$NON-NLS-1$
            case MOVED, CHANGED -> wording.values(change.oldValues()) + " \u2192 " + wording.values(change.newValues()); //$NON-NLS-1$
        };
        PersonIdent author = entry.author();
        return String.join("\t", entry.commit().abbreviate(10).name(), //$NON-NLS-1$
                entry.time().atZone(author.getZoneId() != null ? author.getZoneId() : ZoneId.systemDefault())
                        .toOffsetDateTime().toString(),
                FileNames.escape(author.getName()) + " <" + FileNames.escape(author.getEmailAddress()) + ">", //$NON-NLS-1$ //$NON-NLS-2$
                change.id(), field, FileNames.escape(values));
    }

}
