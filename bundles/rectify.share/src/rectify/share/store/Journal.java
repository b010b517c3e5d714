package rectify.share.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * What a writer of a shared register is about to do to the working tree after moving the branch to
 * a new commit: that commit and the paths it writes, in {@code .git/rectify-journal}. The commit is
 * made first (objects no branch points at yet, harmless when the writer dies), then the journal,
 * then the branch is moved (the one step that makes the save), then the files and the index are
 * written and the journal removed. A writer killed on the way leaves the journal; the next one
 * that takes the lock finishes the files when the branch was moved, and drops the journal when not.
 */
final class Journal {

    private static final String NAME = "rectify-journal"; //$NON-NLS-1$

    private Journal() {
    }

    static void write(Repository repository, ObjectId commit, Collection<String> paths) throws IOException {
        Path file = file(repository);
        Path temporary = file.resolveSibling(NAME + ".tmp"); //$NON-NLS-1$
        List<String> lines = new ArrayList<>();
        lines.add(commit.name());
        lines.addAll(paths);
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void delete(Repository repository) throws IOException {
        Files.deleteIfExists(file(repository));
    }

    /**
     * Finishes or drops what a writer that died left undone; to be called with the register's lock held.
     *
     * @return whether there was anything
     */
    static boolean recover(Repository repository) throws IOException {
        Path file = file(repository);
        if (!Files.exists(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ObjectId head = repository.resolve(Constants.HEAD);
        if (!lines.isEmpty() && ObjectId.isId(lines.get(0)) && ObjectId.fromString(lines.get(0)).equals(head)) {
            WorkingTree.checkout(repository, Snapshot.of(repository, head), lines.subList(1, lines.size()));
        }
        delete(repository);
        return true;
    }

    private static Path file(Repository repository) {
        return repository.getDirectory().toPath().resolve(NAME);
    }
}
