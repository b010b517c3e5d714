package rectify.core.merge;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.ChangeCommand;

import rectify.core.io.DiskVersion;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;

/**
 * An open register whose file another program changed on disk since it was read or saved, and
 * the ways on that lose nothing: {@link #reload()} when it has no unsaved changes;
 * {@link #reloadKeepingChanges} or {@link #merge} when it has, both the {@link ThreeWayMerge
 * three-way merge} of the version read, the open register and the file on disk; or saving it under
 * another name (the caller's). Each leaves the open register saved over the version read here, so that the
 * next save replaces exactly that version (or finds a newer one and asks again).
 * <p>
 * The open register is changed in place: elements that are in both versions stay the same
 * objects, so editors and selections that show them stay valid.
 */
public final class DiskChange {

    /**
     * How the file on disk differs from the open register, leaving out the user's own changes.
     *
     * @param added elements added on disk (what they contain not counted)
     * @param removed elements removed on disk
     * @param changed elements whose values changed on disk
     */
    public record Difference(int added, int removed, int changed) {
    }

    private final Resource open;
    private final UnsavedChanges unsaved;
    private final Resource onDisk;
    private final DiskVersion version;

    private DiskChange(Resource open, UnsavedChanges unsaved, Resource onDisk) {
        this.open = open;
        this.unsaved = unsaved;
        this.onDisk = onDisk;
        this.version = RegisterFiles.diskVersion(onDisk);
    }

    /**
     * Reads the file of an open register as it is on disk now.
     *
     * @param open the open register's resource
     * @param unsaved its unsaved changes, recorded since it was read or saved
     * @return the change, to decide on
     * @throws RegisterFileException when the file cannot be read (as it is now)
     */
    public static DiskChange read(Resource open, UnsavedChanges unsaved) throws RegisterFileException {
        Path file = RegisterFiles.fileOf(open);
        return new DiskChange(open, unsaved, RegisterFiles.load(RegisterFiles.newResourceSet(), file));
    }

    /** @return the version of the file read */
    public DiskVersion version() {
        return version;
    }

    /** @return how the file on disk differs from the open register, the user's changes left out */
    public Difference difference() {
        ChangeDescription summary = unsaved.summary();
        Set<String> removedHere = UnsavedChanges.removed(summary);
        Set<EObject> addedHere = UnsavedChanges.added(summary);
        Map<String, EObject> here = Elements.index(open);
        Map<String, EObject> there = Elements.index(onDisk);
        int added = 0;
        int changed = 0;
        for (Map.Entry<String, EObject> entry : there.entrySet()) {
            EObject mine = here.get(entry.getKey());
            if (mine == null) {
                EObject container = entry.getValue().eContainer();
                boolean top = container == null || here.containsKey(Elements.id(container));
                added += top && !removedHere.contains(entry.getKey()) ? 1 : 0;
            } else if (differs(mine, entry.getValue(), summary)) {
                changed++;
            }
        }
        int removed = 0;
        for (Map.Entry<String, EObject> entry : here.entrySet()) {
            if (!there.containsKey(entry.getKey()) && !isAdded(entry.getValue(), addedHere)) {
                EObject container = entry.getValue().eContainer();
                removed += container == null || there.containsKey(Elements.id(container)) ? 1 : 0;
            }
        }
        return new Difference(added, removed, changed);
    }

    /**
     * Makes the open register the register on disk, in place; for a register without unsaved
     * changes (they would be lost). Not undoable: the caller forgets its undo history.
     */
    public void reload() {
        InPlaceUpdate.apply(open, onDisk);
        adopt();
    }

    /**
     * Reloads the register from disk at once, in place and not undoable, and returns the command
     * that applies the unsaved changes again where they still apply: the three-way merge of the
     * version read or saved here, the open register and the file on disk ({@link ThreeWayMerge}),
     * where a value changed both ways takes the user's, a change of an element removed on disk does
     * not apply, and an element the user removed stays removed. Executed on the register's command
     * stack (after the caller forgot its history), the register then has unsaved changes again;
     * undoing the command shows the file as it is on disk.
     *
     * @param report told, when the command executes, of the changes that do not apply
     * @return the command, not executed
     */
    public Command reloadKeepingChanges(MergeReport report) {
        ThreeWayMerge merge = threeWay();
        for (ThreeWayMerge.Conflict conflict : merge.conflicts()) {
            if (conflict.kind() == ThreeWayMerge.Conflict.Kind.REMOVED_BY_THEIRS) {
                merge.choose(conflict, ThreeWayMerge.Side.THEIRS);
                reportLost(conflict.base(), conflict.mine(), report);
            }
        }
        Resource target = resultOf(merge, report);
        reload();
        ChangeCommand command = new DiskCommand(open) {
            @Override
            protected void doExecute() {
                InPlaceUpdate.apply(open, target);
            }
        };
        command.setLabel(Messages.reapplyLabel);
        command.setDescription(Messages.reapplyDescription);
        return command;
    }

    /**
     * @return the three-way merge of the version read or saved here (the base), the open register
     *         (mine) and the file on disk (theirs), its conflicts to decide before {@link #merge(ThreeWayMerge, MergeReport)}
     */
    public ThreeWayMerge threeWay() {
        Resource base = unsaved.base();
        return ThreeWayMerge.of(base.getContents().get(0), open.getContents().get(0), onDisk.getContents().get(0));
    }

    /**
     * The three-way merge with the file on disk, each conflict decided for the user's side.
     *
     * @see #merge(ThreeWayMerge, MergeReport)
     */
    public Command merge(MergeReport report) {
        return merge(threeWay(), report);
    }

    /**
     * Returns the command that makes the open register the merged version, in place: what the user
     * changed and what was changed on disk, the conflicts decided as chosen. Executing it takes the
     * version on disk as the one the register is saved over; undoing it takes that back.
     *
     * @param merge the merge of {@link #threeWay()}, its conflicts decided
     * @param report told, when the command executes, of the elements added on disk and what could not be kept
     * @return the command, not executed
     */
    public Command merge(ThreeWayMerge merge, MergeReport report) {
        ChangeCommand command = new DiskCommand(open) {
            private DiskVersion before;

            @Override
            protected void doExecute() {
                report.clear();
                before = RegisterFiles.diskVersion(open);
                InPlaceUpdate.apply(open, resultOf(merge, report));
                report.relocate(open);
                RegisterFiles.setDiskVersion(open, version);
            }

            @Override
            public void undo() {
                super.undo();
                RegisterFiles.setDiskVersion(open, before);
            }

            @Override
            public void redo() {
                super.redo();
                RegisterFiles.setDiskVersion(open, version);
            }
        };
        command.setLabel(Messages.mergeLabel);
        command.setDescription(Messages.mergeDescription);
        return command;
    }

    /**
     * Tells of the user's changes of an element removed on disk, which do not apply: each value
     * changed, or else the element itself.
     */
    private static void reportLost(EObject base, EObject mine, MergeReport report) {
        boolean any = false;
        for (EStructuralFeature feature : Elements.mergedFeatures(mine)) {
            if (!Elements.isContainment(feature) && base != null
                    && !Elements.keys(feature, Elements.values(base, feature))
                            .equals(Elements.keys(feature, Elements.values(mine, feature)))) {
                report.skipped(mine, feature, MergeReport.Reason.ELEMENT_GONE);
                any = true;
            }
        }
        if (!any) {
            report.skipped(mine, mine.eContainingFeature(), MergeReport.Reason.ELEMENT_GONE);
        }
    }

    /** @return the merged version in a resource of its own, for {@link InPlaceUpdate} */
    private Resource resultOf(ThreeWayMerge merge, MergeReport report) {
        ThreeWayMerge.Result result = merge.result(report);
        Resource target = RegisterFiles.create(RegisterFiles.newResourceSet(), RegisterFiles.fileOf(open));
        target.getContents().add(result.root());
        result.identify((XMLResource) target);
        return target;
    }

    /**
     * @param command a command of a register's command stack
     * @return whether it brings in what was changed on disk (a merge or a reload keeping the user's
     *         changes), rather than being an edit of the user's
     */
    public static boolean isDiskChange(Command command) {
        return command instanceof DiskCommand;
    }

    /** The commands that bring in the version on disk. */
    private abstract static class DiskCommand extends ChangeCommand {
        DiskCommand(Resource resource) {
            super(resource);
        }
    }

    /** Takes the version read as the open register's, with nothing unsaved against it. */
    private void adopt() {
        RegisterFiles.setDiskVersion(open, version);
        unsaved.savePoint();
    }

    private static boolean isAdded(EObject element, Set<EObject> addedHere) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (addedHere.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether an element has other values on disk, in a feature the user did not change */
    private static boolean differs(EObject mine, EObject there, ChangeDescription summary) {
        Set<EStructuralFeature> changedHere = new HashSet<>();
        List<FeatureChange> changes = summary.getObjectChanges().get(mine);
        if (changes != null) {
            changes.forEach(change -> changedHere.add(change.getFeature()));
        }
        for (EStructuralFeature feature : Elements.mergedFeatures(there)) {
            if (!changedHere.contains(feature) && !Elements.isContainment(feature)
                    && !Elements.keys(feature, Elements.values(mine, feature))
                            .equals(Elements.keys(feature, Elements.values(there, feature)))) {
                return true;
            }
        }
        return false;
    }
}
