package rectify.share.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterLock;

/** Opening the Git repository of a shared register's folder, and its lock. */
public final class Repositories {

    private Repositories() {
    }

    /** @return the repository whose working tree the folder is; close it after use */
    public static Repository open(Path folder) throws IOException {
        return new FileRepositoryBuilder().setWorkTree(folder.toFile()).setGitDir(folder.resolve(".git").toFile()) //$NON-NLS-1$
                .setMustExist(true).build();
    }

    /** Deletes a reference, when it is there. */
    public static void deleteRef(Repository repository, String ref) throws IOException {
        if (repository.exactRef(ref) != null) {
            org.eclipse.jgit.lib.RefUpdate delete = repository.updateRef(ref);
            delete.setForceUpdate(true);
            delete.delete();
        }
    }

    /**
     * Takes the lock of a shared register for a read, change and save: a lock file in its
     * repository, {@code .git/.rectify.lock}, that the system releases when the process ends.
     */
    public static RegisterLock lock(Path folder, Duration wait) throws RegisterFileException {
        return RegisterLock.acquire(folder.resolve(".git").resolve("rectify"), wait); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
