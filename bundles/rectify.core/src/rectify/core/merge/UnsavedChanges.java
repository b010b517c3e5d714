package rectify.core.merge;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import rectify.core.io.RegisterFiles;

/**
 * What changed in an open register since it was last read or saved, whatever made the change
 * (commands, their undo and redo): recorded from the save point on, so that the changes can be
 * applied again to the register as another program saved it ({@link DiskChange}).
 */
public final class UnsavedChanges {

    private final Resource resource;
    private ChangeRecorder recorder;

    private UnsavedChanges(Resource resource) {
        this.resource = resource;
        this.recorder = new ChangeRecorder(resource);
    }

    /**
     * Starts recording the changes of a register, which is as on disk now.
     *
     * @param resource the register's resource
     * @return the changes, none yet
     */
    public static UnsavedChanges record(Resource resource) {
        return new UnsavedChanges(resource);
    }

    /** Forgets what was recorded: the register is as on disk now (saved, or read again). */
    public void savePoint() {
        recorder.dispose();
        recorder = new ChangeRecorder(resource);
    }

    /** Stops recording, for good. */
    public void dispose() {
        recorder.dispose();
    }

    /**
     * @return the register as it was at the save point (as last read or saved), a copy in a
     *         resource of its own with the same identifiers; the open register is not touched
     */
    Resource base() {
        ChangeDescription summary = recorder.summarize();
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EObject root = copier.copy(resource.getContents().get(0));
        ChangeDescription reverse = (ChangeDescription) copier.copy(summary);
        copier.copyReferences();
        Resource base = RegisterFiles.create(RegisterFiles.newResourceSet(), RegisterFiles.fileOf(resource));
        base.getContents().add(root);
        reverse.apply();
        XMLResource xml = (XMLResource) base;
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            if (entry.getValue().eResource() == base) {
                String id = Elements.id(entry.getKey());
                if (id != null) {
                    xml.setID(entry.getValue(), id);
                }
            }
        }
        return base;
    }

    /** @return the changes since the save point, as the description of how to undo them */
    ChangeDescription summary() {
        return recorder.summarize();
    }

    /**
     * @param summary a {@link #summary()}
     * @return the identifiers of the elements removed since the save point
     */
    static Set<String> removed(ChangeDescription summary) {
        Set<String> ids = new HashSet<>();
        for (EObject element : summary.getObjectsToAttach()) {
            element.eAllContents().forEachRemaining(inside -> addId(ids, inside));
            addId(ids, element);
        }
        return ids;
    }

    /**
     * @param summary a {@link #summary()}
     * @return the elements added since the save point (those added whole, not what they contain)
     */
    static Set<EObject> added(ChangeDescription summary) {
        return new HashSet<>(summary.getObjectsToDetach());
    }

    private static void addId(Set<String> ids, EObject element) {
        String id = Elements.id(element);
        if (id != null) {
            ids.add(id);
        }
    }
}
