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
import org.eclipse.emf.edit.command.ChangeCommand;

import rectify.core.io.DiskVersion;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;

/**
 * An open register whose file another program changed on disk since it was read or saved, and
 * the ways on that lose nothing: {@link #reload()} when it has no unsaved changes;
 * {@link #reloadKeepingChanges} or {@link #merge} when it has; or saving it under another name
 * (the caller's). Each leaves the open register saved over the version read here, so that the
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
     * that applies the unsaved changes again where they still apply: each feature the user
     * changed takes the user's value, elements the user added or removed are added or removed;
     * a change of an element removed on disk, or pointing at one, does not apply. Executed on the
     * register's command stack (after the caller forgot its history), the register then has
     * unsaved changes again; undoing the command shows the file as it is on disk.
     *
     * @param report told, when the command executes, of the changes that do not apply
     * @return the command, not executed
     */
    public Command reloadKeepingChanges(MergeReport report) {
        Resource target = Elements.copyOf(onDisk);
        Reapply.apply(open, unsaved.summary(), target, report);
        reload();
        ChangeCommand command = new ChangeCommand(open) {
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
     * Merge by element identity: returns the command that adds to the open register the elements
     * added on disk (records, problems, measures, people… with what they contain), beside the
     * user's changes, which all stay. Executing it takes the version on disk as the one the
     * register is saved over; undoing it takes that back.
     *
     * @param report told, when the command executes, of the elements added and what could not be kept
     * @return the command, not executed
     */
    public Command merge(MergeReport report) {
        Set<String> removedHere = UnsavedChanges.removed(unsaved.summary());
        ChangeCommand command = new ChangeCommand(open) {
            private DiskVersion before;

            @Override
            protected void doExecute() {
                report.clear();
                before = RegisterFiles.diskVersion(open);
                IdentityMerge.apply(open, onDisk, removedHere, report);
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
