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
 * The Git lock files the dead writer held (the index's, the branch's) are its own: every writer
 * commits with the register's lock held, so they are removed first.
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
        dropLocks(repository);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ObjectId head = repository.resolve(Constants.HEAD);
        if (!lines.isEmpty() && ObjectId.isId(lines.get(0)) && ObjectId.fromString(lines.get(0)).equals(head)) {
            WorkingTree.checkout(repository, Snapshot.of(repository, head), lines.subList(1, lines.size()));
        }
        delete(repository);
        return true;
    }

    /** Removes the lock files a writer killed between the journal and its removal can have left. */
    private static void dropLocks(Repository repository) throws IOException {
        Path git = repository.getDirectory().toPath();
        List<String> names = new ArrayList<>(List.of("index", Constants.HEAD)); //$NON-NLS-1$
        String branch = repository.getFullBranch();
        if (branch != null && branch.startsWith(Constants.R_REFS)) {
            names.add(branch);
        }
        for (String name : names) {
            Files.deleteIfExists(git.resolve(name + ".lock")); //$NON-NLS-1$
        }
    }

    private static Path file(Repository repository) {
        return repository.getDirectory().toPath().resolve(NAME);
    }
}
