package rectify.share.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEditor.DeletePath;
import org.eclipse.jgit.dircache.DirCacheEditor.PathEdit;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * The working tree and the index of a shared register's folder brought to a commit, path by path:
 * each file written atomically (a temporary file renamed onto it), the index told its new content
 * and time, so that {@code git status} finds nothing to commit.
 */
public final class WorkingTree {

    private WorkingTree() {
    }

    /**
     * Writes the given paths as they are in a commit: those it has are written, the others deleted.
     *
     * @param repository the repository
     * @param commit the commit's files
     * @param paths the paths to bring to the commit
     */
    public static void checkout(Repository repository, Snapshot commit, Collection<String> paths) throws IOException {
        Path root = repository.getWorkTree().toPath();
        DirCache index = repository.lockDirCache();
        try (ObjectReader reader = repository.newObjectReader()) {
            DirCacheEditor editor = index.editor();
            for (String path : paths) {
                Path file = root.resolve(path);
                Snapshot.Entry entry = commit.files().get(path);
                if (entry == null) {
                    Files.deleteIfExists(file);
                    deleteEmptyParents(root, file.getParent());
                    editor.add(new DeletePath(path));
                    continue;
                }
                write(file, reader.open(entry.blob()).getCachedBytes(Integer.MAX_VALUE));
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                editor.add(new PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry ent) {
                        ent.setFileMode(FileMode.REGULAR_FILE);
                        ent.setObjectId(entry.blob());
                        ent.setLength(attributes.size());
                        ent.setLastModified(attributes.lastModifiedTime().toInstant());
                    }
                });
            }
            editor.commit();
        } finally {
            index.unlock();
        }
    }

    /**
     * @return the paths whose files in the working tree are neither as in the commit before nor as
     *         in the commit after: changed by someone outside Rectify and not committed
     */
    static java.util.List<String> changedOutside(Repository repository, Snapshot before,
            java.util.Map<String, ObjectId> after,
            Collection<String> paths) throws IOException {
        Path root = repository.getWorkTree().toPath();
        java.util.List<String> changed = new java.util.ArrayList<>();
        try (ObjectInserter.Formatter hasher = new ObjectInserter.Formatter()) {
            for (String path : paths) {
                Path file = root.resolve(path);
                ObjectId was = before.blob(path);
                if (!Files.exists(file)) {
                    continue; // a missing file loses nothing
                }
                if (!Files.isRegularFile(file)) {
                    changed.add(path);
                    continue;
                }
                ObjectId now = hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file));
                if (!now.equals(was) && !now.equals(after.get(path))) {
                    changed.add(path);
                }
            }
        }
        return changed;
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void deleteEmptyParents(Path root, Path folder) throws IOException {
        for (Path f = folder; f != null && !f.equals(root) && f.startsWith(root); f = f.getParent()) {
            try (var entries = Files.list(f)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(f);
        }
    }
}
