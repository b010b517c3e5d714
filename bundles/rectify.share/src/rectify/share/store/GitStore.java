package rectify.share.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFileException.Problem;
import rectify.core.io.RegisterFiles;
import rectify.core.io.RegisterLock;
import rectify.core.io.RegisterStore;
import rectify.core.merge.ModelDiff;
import rectify.model.Record;
import rectify.model.Register;
import rectify.share.Authors;
import rectify.share.Messages;
import rectify.share.RecordLocks;
import rectify.share.SaveNote;
import rectify.share.Wording;
import rectify.share.format.Layout;
import rectify.share.format.Part;
import rectify.share.format.PartReader;
import rectify.share.format.PartWriter;

/**
 * Registers shared through Git, as {@link RegisterFiles} sees them: a folder that is a Git working
 * tree holding {@value Layout#REGISTER} and a file per record ({@link Layout}). A register is read
 * from the commit its branch points at; each save writes the parts that changed and commits them,
 * the message telling what changed in Chinese and English ({@link Wording}) with the reason given
 * ({@link SaveNote}), the author from the preferences or Git's configuration ({@link Authors}).
 * The save is a compare and swap against the commit read, under the register's lock; closed and
 * archived records are locked ({@link RecordLocks}).
 */
public final class GitStore implements RegisterStore {

    @Override
    public Path locate(Path path) {
        return Layout.locate(path);
    }

    @Override
    public boolean owns(Resource resource) {
        return resource instanceof SharedResource;
    }

    @Override
    public RegisterLock lock(Path location, Duration wait) throws RegisterFileException {
        return Repositories.lock(location.getParent(), wait);
    }

    @Override
    public Resource load(ResourceSet set, Path location) throws RegisterFileException {
        Path folder = location.getParent();
        URI uri = URI.createFileURI(location.toString());
        if (set.getResource(uri, false) != null) {
            throw new IllegalArgumentException("the resource set already holds " + uri); //$NON-NLS-1$
        }
        try (Repository repository = Repositories.open(folder)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                throw RegisterFileException.loading(location, Problem.EMPTY, -1, -1, null);
            }
            SharedResource resource = read(repository, Snapshot.of(repository, head), uri);
            set.getResources().add(resource);
            return resource;
        } catch (RegisterFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw RegisterFileException.loading(location, Problem.READ_FAILED, -1, -1, e, FileNames.reason(asIo(e)));
        }
    }

    private static IOException asIo(Exception e) {
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    /** @return the register of a commit, whole, in a new shared resource */
    static SharedResource read(Repository repository, Snapshot snapshot, URI uri) throws IOException {
        Path folder = repository.getWorkTree().toPath();
        Part register;
        Map<String, Part> records = new HashMap<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            byte[] content = snapshot.read(reader, Layout.REGISTER);
            if (content == null) {
                throw RegisterFileException.loading(folder.resolve(Layout.REGISTER), Problem.NOT_FOUND, -1, -1, null);
            }
            register = PartReader.read(content, folder.resolve(Layout.REGISTER));
            Map<String, byte[]> texts = new LinkedHashMap<>();
            for (Part.Pointer pointer : register.records()) {
                byte[] text = snapshot.read(reader, Layout.recordPath(pointer.id()));
                if (text == null) {
                    throw RegisterFileException.loading(folder.resolve(Layout.recordPath(pointer.id())),
                            Problem.NOT_FOUND,
                            -1, -1, null);
                }
                texts.put(pointer.id(), text);
            }
            List<RegisterFileException> failures = new ArrayList<>();
            texts.entrySet().parallelStream().forEach(text -> {
                try {
                    Part part = PartReader.read(text.getValue(), folder.resolve(Layout.recordPath(text.getKey())));
                    synchronized (records) {
                        records.put(text.getKey(), part);
                    }
                } catch (RegisterFileException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
        }
        Map<EObject, String> ids = Part.assemble(register, records);
        SharedResource resource = new SharedResource(folder, uri);
        resource.getContents().add(register.root());
        ids.forEach(resource::setID);
        resource.settle(snapshot);
        return resource;
    }

    @Override
    public boolean isChangedOnDisk(Resource resource) throws IOException {
        SharedResource shared = (SharedResource) resource;
        try (Repository repository = Repositories.open(shared.folder())) {
            return !shared.commit().equals(repository.resolve(Constants.HEAD));
        }
    }

    @Override
    public void save(Resource resource) throws IOException {
        SharedResource shared = (SharedResource) resource;
        Path location = RegisterFiles.fileOf(shared);
        try (RegisterLock lock = Repositories.lock(shared.folder(), RegisterLock.DEFAULT_WAIT);
                Repository repository = Repositories.open(shared.folder())) {
            Journal.recover(repository);
            ObjectId head = repository.resolve(Constants.HEAD);
            if (!shared.commit().equals(head)) {
                throw RegisterFileException.changedOnDisk(location);
            }
            Snapshot base = head.equals(shared.snapshot().commit()) ? shared.snapshot() : Snapshot.of(repository, head);
            Commits.Changes changes = changes(shared, base);
            if (changes.isEmpty()) {
                shared.settle(base);
                shared.setModified(false);
                return;
            }
            String reason = SaveNote.of(shared);
            String message = message(repository, shared, base, changes, reason);
            Map<String, ObjectId> after = new HashMap<>();
            try (ObjectInserter.Formatter hasher = new ObjectInserter.Formatter()) {
                changes.writes().forEach((path, bytes) -> after.put(path, hasher.idFor(Constants.OBJ_BLOB, bytes)));
            }
            List<String> outside = WorkingTree.changedOutside(repository, base, after, changes.paths());
            if (!outside.isEmpty()) {
                throw refused(location, NLS.bind(Messages.changedOutside,
                        FileNames.display(shared.folder().resolve(outside.get(0)))));
            }
            Snapshot committed = Commits.commit(repository, base, changes, Authors.of(repository), message,
                    List.of(head));
            if (!Commits.advance(repository, head, committed, changes.paths(),
                    "commit: " + message.lines().findFirst().orElse(""))) { //$NON-NLS-1$ //$NON-NLS-2$
                throw RegisterFileException.changedOnDisk(location);
            }
            shared.settle(committed);
            shared.setModified(false);
            shared.setTimeStamp(System.currentTimeMillis());
            SaveNote.set(shared, null);
        } catch (RegisterFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw RegisterFileException.saving(location,
                    e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    /**
     * @return the parts to write and delete: those the tracker names (or all) and the records new to
     *         the base, whose text differs from the base
     */
    private static Commits.Changes changes(SharedResource shared, Snapshot base) {
        Register register = (Register) shared.getContents().get(0);
        PartTracker tracker = shared.tracker();
        Commits.Changes changes = Commits.Changes.none();
        Map<String, EObject> parts = new LinkedHashMap<>();
        if (tracker.all() || tracker.register()) {
            parts.put(Layout.REGISTER, register);
        }
        Set<String> ids = new HashSet<>();
        for (Record record : register.getRecords()) {
            String id = shared.getID(record);
            ids.add(id);
            String path = Layout.recordPath(id);
            // a record new to the base is written even when nothing in it changed since it was added
            if (tracker.all() || tracker.records().contains(record) || base.blob(path) == null) {
                parts.put(path, record);
            }
        }
        try (ObjectInserter.Formatter hasher = new ObjectInserter.Formatter()) {
            parts.forEach((path, root) -> {
                byte[] text = PartWriter.write(root, shared::getID);
                if (!hasher.idFor(Constants.OBJ_BLOB, text).equals(base.blob(path))) {
                    changes.writes().put(path, text);
                }
            });
        }
        if (tracker.all() || tracker.register()) {
            for (String path : base.files().keySet()) {
                String id = Layout.recordId(path);
                if (id != null && !ids.contains(id)) {
                    changes.deletes().add(path);
                }
            }
        }
        return changes;
    }

    /** @return the commit message of the changes, after checking that no locked record is changed */
    private static String message(Repository repository, SharedResource shared, Snapshot base, Commits.Changes changes,
            String reason) throws IOException {
        Path folder = shared.folder();
        List<ModelDiff.Change> all = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            for (String path : changes.paths()) {
                byte[] before = base.read(reader, path);
                byte[] after = changes.writes().get(path);
                EObject old = standalone(before, folder.resolve(path));
                EObject now = standalone(after, folder.resolve(path));
                if (old instanceof Record was && !RecordLocks.allows(was, (Record) now, reason)) {
                    throw refused(RegisterFiles.fileOf(shared), NLS.bind(Messages.recordLocked,
                            new Wording(java.util.Locale.getDefault(), id -> null).element(was)));
                }
                all.addAll(ModelDiff.between(old, now));
            }
        }
        return Wording.message(all, reason, shared::getEObject);
    }

    /** @return the root of a part read on its own, or {@code null} for none */
    static EObject standalone(byte[] content, Path file) throws RegisterFileException {
        if (content == null) {
            return null;
        }
        Part part = PartReader.read(content, file);
        Map<EObject, String> ids = part.standalone();
        Resource holder = RegisterFiles.create(RegisterFiles.newResourceSet(),
                file.resolveSibling(file.getFileName() + ".rectify")); //$NON-NLS-1$
        holder.getContents().add(part.root());
        ids.forEach((element, id) -> {
            if (element.eResource() == holder && !element.eIsProxy()) {
                ((org.eclipse.emf.ecore.xmi.XMLResource) holder).setID(element, id);
            }
        });
        return part.root();
    }

    private static RegisterFileException refused(Path file, String why) {
        return new RegisterFileException(file, Problem.SAVE_FAILED, -1, -1,
                NLS.bind(Messages.saveRefused, FileNames.display(file), why), null);
    }
}
