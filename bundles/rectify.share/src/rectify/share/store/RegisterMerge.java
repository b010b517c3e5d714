package rectify.share.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

import rectify.core.io.RegisterFileException;
import rectify.core.merge.MergeReport;
import rectify.core.merge.ThreeWayMerge;
import rectify.core.merge.ThreeWayMerge.Conflict;
import rectify.core.merge.ThreeWayMerge.Side;
import rectify.share.format.Layout;
import rectify.share.format.PartWriter;

/**
 * The merge of two commits of a shared register from their common one, part by part: a part only
 * one side changed is taken as it is; a part both changed is merged by the model
 * ({@link ThreeWayMerge}); a record one side removed and the other changed is a conflict of the
 * whole record. References to elements the merge removes are dropped (and reported), whatever part
 * they are in. The result is the changes that turn "mine" into the merged version.
 */
public final class RegisterMerge {

    /** A conflict and the part it is in. */
    public record PartConflict(String path, Conflict conflict) {
    }

    private final Path folder;
    private final Snapshot mine;
    private final Map<String, byte[]> taken = new LinkedHashMap<>();
    private final Set<String> deleted = new TreeSet<>();
    private final Map<String, ThreeWayMerge> merges = new LinkedHashMap<>();
    private final Map<String, PartConflict> wholeParts = new LinkedHashMap<>();
    private final Map<String, byte[]> wholeTheirs = new HashMap<>();
    private final Map<Conflict, Side> wholeChoices = new HashMap<>();
    private final List<PartConflict> conflicts = new ArrayList<>();
    private final Set<String> removedIds = new HashSet<>();

    private RegisterMerge(Path folder, Snapshot mine) {
        this.folder = folder;
        this.mine = mine;
    }

    /**
     * @param repository the repository
     * @param base the common commit ({@code null} when there is none: each file is then new on both sides)
     * @param mine my commit
     * @param theirs their commit
     * @return the merge, its conflicts found, each decided for {@link Side#MINE} until chosen
     */
    public static RegisterMerge of(Repository repository, Snapshot base, Snapshot mine, Snapshot theirs)
            throws IOException {
        RegisterMerge merge = new RegisterMerge(repository.getWorkTree().toPath(), mine);
        Set<String> paths = new TreeSet<>(mine.files().keySet());
        paths.addAll(theirs.files().keySet());
        if (base != null) {
            paths.addAll(base.files().keySet());
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            for (String path : paths) {
                ObjectId b = base == null ? null : base.blob(path);
                ObjectId m = mine.blob(path);
                ObjectId t = theirs.blob(path);
                if (Objects.equals(m, t) || Objects.equals(t, b)) {
                    continue;
                }
                byte[] theirBytes = theirs.read(reader, path);
                if (Objects.equals(m, b) || !Layout.isPart(path)) {
                    merge.take(path, theirBytes, base == null ? null : base.read(reader, path));
                    continue; // a file that is no part of the register, changed both ways, keeps mine (see merged())
                }
                merge.mergePart(path, base == null ? null : base.read(reader, path), mine.read(reader, path),
                        theirBytes);
            }
        }
        return merge;
    }

    /** Takes their version of a path that I did not change. */
    private void take(String path, byte[] theirs, byte[] base) throws RegisterFileException {
        if (theirs == null) {
            deleted.add(path);
        } else {
            taken.put(path, theirs);
        }
        if (Layout.isPart(path) && base != null) {
            EObject before = GitStore.standalone(base, folder.resolve(path));
            EObject after = GitStore.standalone(theirs, folder.resolve(path));
            removedIds.addAll(removed(before, after));
        }
    }

    private void mergePart(String path, byte[] base, byte[] mineBytes, byte[] theirBytes) throws RegisterFileException {
        Path file = folder.resolve(path);
        EObject b = GitStore.standalone(base, file);
        EObject m = GitStore.standalone(mineBytes, file);
        EObject t = GitStore.standalone(theirBytes, file);
        if (m == null || t == null) {
            Conflict conflict = new Conflict(
                    m == null ? Conflict.Kind.REMOVED_BY_MINE : Conflict.Kind.REMOVED_BY_THEIRS,
                    Layout.recordId(path), null, b, m, t);
            PartConflict whole = new PartConflict(path, conflict);
            wholeParts.put(path, whole);
            wholeTheirs.put(path, theirBytes);
            conflicts.add(whole);
            return;
        }
        ThreeWayMerge merge = ThreeWayMerge.of(b, m, t);
        merges.put(path, merge);
        merge.conflicts().forEach(conflict -> conflicts.add(new PartConflict(path, conflict)));
        removedIds.addAll(removed(b, m));
        removedIds.addAll(removed(b, t));
    }

    /** @return the identifiers of the elements of {@code before} that {@code after} does not have */
    private static Set<String> removed(EObject before, EObject after) {
        if (before == null) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>(index(before).keySet());
        if (after != null) {
            ids.removeAll(index(after).keySet());
        }
        return ids;
    }

    private static Map<String, EObject> index(EObject root) {
        Map<String, EObject> index = new HashMap<>();
        index.put(id(root), root);
        root.eAllContents().forEachRemaining(e -> index.put(id(e), e));
        return index;
    }

    private static String id(EObject element) {
        return Snapshots.id(element);
    }

    /** @return the conflicts, part by part */
    public List<PartConflict> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    /** Decides a conflict for a side. */
    public void choose(PartConflict conflict, Side side) {
        if (wholeParts.containsValue(conflict)) {
            wholeChoices.put(conflict.conflict(), side);
        } else {
            merges.get(conflict.path()).choose(conflict.conflict(), side);
        }
    }

    /** Decides every conflict for a side. */
    public void chooseAll(Side side) {
        conflicts.forEach(conflict -> choose(conflict, side));
    }

    /**
     * @param report told of what the merge leaves out
     * @return the changes that make my commit the merged version
     */
    public Commits.Changes merged(MergeReport report) throws RegisterFileException {
        Commits.Changes changes = Commits.Changes.none();
        changes.writes().putAll(taken);
        changes.deletes().addAll(deleted);
        for (Map.Entry<String, PartConflict> whole : wholeParts.entrySet()) {
            Side side = wholeChoices.getOrDefault(whole.getValue().conflict(), Side.MINE);
            if (side == Side.THEIRS) {
                byte[] theirs = wholeTheirs.get(whole.getKey());
                if (theirs == null) {
                    changes.deletes().add(whole.getKey());
                } else {
                    changes.writes().put(whole.getKey(), theirs);
                }
            }
        }
        Map<String, EObject> roots = new LinkedHashMap<>();
        Map<EObject, String> ids = new HashMap<>();
        for (Map.Entry<String, ThreeWayMerge> merge : merges.entrySet()) {
            ThreeWayMerge.Result result = merge.getValue().result(report);
            roots.put(merge.getKey(), result.root());
            ids.putAll(result.ids());
        }
        Set<String> present = new HashSet<>();
        roots.values().forEach(root -> {
            index(root, ids).keySet().forEach(present::add);
        });
        Set<String> gone = new HashSet<>(removedIds);
        gone.removeAll(present);
        for (Map.Entry<String, EObject> root : roots.entrySet()) {
            drop(root.getValue(), gone, ids, report);
            changes.writes().put(root.getKey(), PartWriter.write(root.getValue(), element -> idOf(element, ids)));
        }
        if (!gone.isEmpty()) {
            for (Map.Entry<String, byte[]> write : new ArrayList<>(changes.writes().entrySet())) {
                if (roots.containsKey(write.getKey()) || !Layout.isPart(write.getKey())) {
                    continue;
                }
                EObject part = GitStore.standalone(write.getValue(), folder.resolve(write.getKey()));
                if (drop(part, gone, null, report)) {
                    changes.writes().put(write.getKey(), PartWriter.write(part, element -> idOf(element, null)));
                }
            }
        }
        changes.writes().entrySet().removeIf(write -> {
            ObjectId now = mine.blob(write.getKey());
            return now != null && now.equals(new org.eclipse.jgit.lib.ObjectInserter.Formatter()
                    .idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB, write.getValue()));
        });
        changes.deletes().removeIf(path -> mine.blob(path) == null);
        return changes;
    }

    private static Map<String, EObject> index(EObject root, Map<EObject, String> ids) {
        Map<String, EObject> index = new HashMap<>();
        index.put(ids.get(root), root);
        root.eAllContents().forEachRemaining(e -> index.put(idOf(e, ids), e));
        return index;
    }

    private static String idOf(EObject element, Map<EObject, String> ids) {
        if (element.eIsProxy()) {
            return ((InternalEObject) element).eProxyURI().fragment();
        }
        String id = ids == null ? null : ids.get(element);
        return id != null ? id : id(element);
    }

    /** Drops the references of a part to elements that are gone; @return whether it dropped any */
    @SuppressWarnings("unchecked")
    private static boolean drop(EObject root, Set<String> gone, Map<EObject, String> ids, MergeReport report) {
        boolean dropped = false;
        List<EObject> all = new ArrayList<>();
        all.add(root);
        root.eAllContents().forEachRemaining(all::add);
        for (EObject element : all) {
            if (element.eIsProxy()) {
                continue;
            }
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.isTransient()
                        || !element.eIsSet(reference)) {
                    continue;
                }
                List<EObject> values = reference.isMany() ? new ArrayList<>((List<EObject>) element.eGet(reference))
                        : new ArrayList<>(List.of((EObject) element.eGet(reference)));
                if (values.removeIf(value -> gone.contains(idOf(value, ids)))) {
                    dropped = true;
                    if (reference.isMany()) {
                        org.eclipse.emf.common.util.ECollections
                                .setEList((org.eclipse.emf.common.util.EList<EObject>) element.eGet(reference), values);
                    } else {
                        element.eUnset(reference);
                    }
                    report.skipped(element, reference, MergeReport.Reason.TARGET_GONE);
                }
            }
        }
        return dropped;
    }

}
