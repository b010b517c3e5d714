package rectify.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * A kind of register kept otherwise than as one file, such as a folder shared through Git (the
 * bundle {@code rectify.share}): {@link RegisterFiles} hands it the paths it {@link #locate
 * locates} and the resources it {@link #owns owns}, so that every command and view that takes a
 * register takes such a register too. Stores are found with {@link java.util.ServiceLoader}
 * through the class loader of this bundle: on a plain class path their jars' {@code
 * META-INF/services} entries, in OSGi the bundles that register themselves as its buddies
 * ({@code Eclipse-RegisterBuddy: rectify.core}).
 * <p>
 * A store keeps the promises of register files: loading is complete or fails with a {@link
 * RegisterFileException} naming the file and the problem; a save holds the register's lock,
 * replaces only the version read (compare and swap) and leaves the previous version whole when it
 * fails.
 */
public interface RegisterStore {

    /**
     * @param path a path given for a register
     * @return the file that stands for the register this store keeps there (the URI of its
     *         resource), or {@code null} when the path is none of this store's registers
     */
    Path locate(Path path);

    /**
     * Loads the register into a resource set.
     *
     * @param set the resource set, which must not hold a resource for the register yet
     * @param location what {@link #locate} gave
     * @return the loaded resource, whose only content is the register, {@link #owns owned} by this store
     * @throws RegisterFileException when the register cannot be read; nothing is loaded then
     */
    Resource load(ResourceSet set, Path location) throws RegisterFileException;

    /**
     * @param resource a resource
     * @return whether the resource is a register this store loaded
     */
    boolean owns(Resource resource);

    /**
     * Takes the lock of the register for a read, change and save.
     *
     * @param location what {@link #locate} gave
     * @param wait how long to wait for another writer
     * @return the lock, held until closed
     * @throws RegisterFileException {@link RegisterFileException.Problem#LOCKED} when another writer keeps it
     */
    RegisterLock lock(Path location, Duration wait) throws RegisterFileException;

    /**
     * Saves a register this store loaded, if its version is still the one loaded or last saved.
     *
     * @param resource a resource the store {@link #owns}
     * @throws IOException ({@link RegisterFileException}) when it cannot be saved, another writer
     *         keeps its lock or changed it since ({@link RegisterFileException.Problem#CHANGED_ON_DISK});
     *         nothing is changed then
     */
    void save(Resource resource) throws IOException;

    /**
     * @param resource a resource the store {@link #owns}
     * @return whether the register is now another version than the one loaded or last saved
     * @throws IOException when that cannot be read
     */
    boolean isChangedOnDisk(Resource resource) throws IOException;
}
