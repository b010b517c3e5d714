package rectify.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;

import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;
import rectify.model.Register;

/**
 * Loading and saving register files ({@code .rectify}): XMI with a UUID on every element,
 * UTF-8, the schema version in the namespace URI ({@code urn:rectify:model:1.0}).
 * <p>
 * Loading is complete or fails with a {@link RegisterFileException} that names the file, the
 * position and what is wrong; a failed load leaves nothing in the resource set. The parser
 * refuses any document type declaration (and with it external entities and entity expansion),
 * loads no external DTD, schema or package, and refuses a single value of more than 16 MiB.
 * Duplicate identifiers, references to missing identifiers or to other files, unknown elements
 * and files of a newer or an unsupported older schema are refused too.
 * <p>
 * Saving is atomic: a temporary file in the same folder, flushed and forced to the disk, then
 * renamed onto the file; the previous file is kept as {@code <name>.rectify.bak}. Every save
 * holds the file's {@link RegisterLock}, and a save of a loaded register is a compare and swap:
 * when the file on disk is no longer the {@link DiskVersion version} loaded (another program
 * saved it meanwhile), the save fails with {@link RegisterFileException.Problem#CHANGED_ON_DISK}
 * and overwrites nothing. {@link #update} reads, changes and saves a file under its lock, as
 * headless commands do; an editor whose file changed decides with {@link rectify.core.merge}.
 * <p>
 * Everything works in plain Java: the resource sets made here register the resource factory and
 * the package locally, without the global registries.
 * <p>
 * A path that a {@link RegisterStore} locates (a register shared through Git: a folder, or the
 * register file in it) is loaded, locked, updated and saved by that store, the rest as above.
 */
public final class RegisterFiles {

    /** The file extension of registers, without the dot. */
    public static final String EXTENSION = "rectify"; //$NON-NLS-1$
    /** The identifier of the content type of registers (in {@code plugin.xml}). */
    public static final String CONTENT_TYPE = "rectify.core.register"; //$NON-NLS-1$

    private static final RegisterResourceFactory FACTORY = new RegisterResourceFactory();
    /** How often {@link #update} reads and changes a file that a writer without the lock changed. */
    private static final int UPDATE_ATTEMPTS = 3;

    private RegisterFiles() {
    }

    /**
     * Loads a register file in a new resource set of its own.
     *
     * @param file the file
     * @return the register, complete
     * @throws RegisterFileException when the file cannot be read or is not a valid register;
     *         nothing is loaded then
     */
    public static Register load(Path file) throws RegisterFileException {
        Resource resource = load(newResourceSet(), file);
        return (Register) resource.getContents().get(0);
    }

    /**
     * Loads a register file into a resource set, for example an editing domain's. Registers the
     * package and the factory in the set's local registries when they are missing.
     *
     * @param set the resource set, which must not hold a resource for the file yet
     * @param file the file
     * @return the loaded resource, whose only content is a {@link Register}
     * @throws RegisterFileException when the file cannot be read or is not a valid register;
     *         the resource is then unloaded and removed from the set
     * @throws IllegalArgumentException when the set already holds a resource for the file
     */
    public static Resource load(ResourceSet set, Path file) throws RegisterFileException {
        RegisterStore store = RegisterStores.at(file);
        if (store != null) {
            return store.load(set, store.locate(file));
        }
        return RegisterLoader.load(set, file, RegisterMigrations.TABLE);
    }

    /**
     * Creates a new, empty register resource for a file, with the register format's options; add
     * a {@link Register} to its contents and {@link #save(Resource) save} it.
     *
     * @param set the resource set, which must not hold a resource for the file yet
     * @param file the file, which need not exist
     * @return the new resource, in the set
     * @throws IllegalArgumentException when the set already holds a resource for the file
     */
    public static Resource create(ResourceSet set, Path file) {
        URI uri = fileURI(file);
        if (set.getResource(uri, false) != null) {
            throw new IllegalArgumentException("the resource set already holds " + uri); //$NON-NLS-1$
        }
        registerLocally(set);
        RegisterResource resource = new RegisterResource(uri);
        resource.setDiskVersion(DiskVersion.ABSENT);
        set.getResources().add(resource);
        return resource;
    }

    /**
     * Saves a register resource to its file atomically, keeping the previous file as
     * {@code <name>.rectify.bak}, if the file is still the version the resource was loaded from
     * or last saved to (or still absent, for a resource {@link #create created} for a new file).
     * Holds the file's lock meanwhile, waiting {@link RegisterLock#DEFAULT_WAIT} at most for
     * another writer.
     *
     * @param resource a register resource (made by this class or by
     *        {@link RegisterResourceFactory}) whose URI is a file
     * @throws IOException ({@link RegisterFileException}) when the file cannot be written, another
     *         writer keeps its lock ({@link RegisterFileException.Problem#LOCKED}) or it changed on
     *         disk since it was read ({@link RegisterFileException.Problem#CHANGED_ON_DISK}); the
     *         file on disk is then unchanged
     * @throws IllegalArgumentException when the resource is not an XML resource or its URI is not
     *         a file
     */
    public static void save(Resource resource) throws IOException {
        RegisterStore store = RegisterStores.of(resource);
        if (store != null) {
            store.save(resource);
            return;
        }
        Path file = fileOf(resource);
        try (RegisterLock lock = RegisterLock.acquire(file, RegisterLock.DEFAULT_WAIT)) {
            if (!isCurrent(resource, file)) {
                throw RegisterFileException.changedOnDisk(file);
            }
            save(resource, file, UnaryOperator.identity());
        }
    }

    /**
     * Saves a register resource to another file, replacing whatever register is there (the user
     * chose it), and makes that file the resource's. Holds the file's lock meanwhile. A register
     * kept by a {@link RegisterStore} (a shared one) is written to the file as a copy instead, and
     * stays where it is kept.
     *
     * @param resource a register resource
     * @param file the file it is saved to from now on
     * @throws IOException ({@link RegisterFileException}) when the file cannot be written; the
     *         resource then keeps its file and the file on disk is unchanged
     */
    public static void saveAs(Resource resource, Path file) throws IOException {
        RegisterStore store = RegisterStores.of(resource);
        if (store != null) {
            store.save(resource);
            save((Register) resource.getContents().get(0), file);
            return;
        }
        if (RegisterStores.at(file) != null) {
            throw RegisterFileException.saving(file, new IOException(Messages.sharedNotFile));
        }
        URI previous = resource.getURI();
        try (RegisterLock lock = RegisterLock.acquire(file, RegisterLock.DEFAULT_WAIT)) {
            resource.setURI(fileURI(file));
            save(resource, file, UnaryOperator.identity());
        } catch (IOException | RuntimeException e) {
            resource.setURI(previous);
            throw e;
        }
    }

    /**
     * Saves a register to a file atomically, replacing what is there and keeping the previous file
     * as a backup, under the file's lock: an export or a first save. A register in a register
     * resource is saved with that resource's identifiers (the resource itself keeps its URI); a
     * register in another kind of resource is saved as a copy with the same identifiers; a
     * register in no resource is put into a new register resource for the file, which gives its
     * elements their UUIDs, so that later saves keep them.
     *
     * @param register the register
     * @param file the file to write
     * @throws IOException ({@link RegisterFileException}) when the file cannot be written; the
     *         file on disk is then unchanged
     */
    public static void save(Register register, Path file) throws IOException {
        if (RegisterStores.at(file) != null) {
            throw RegisterFileException.saving(file, new IOException(Messages.sharedNotFile));
        }
        Resource resource = register.eResource();
        try (RegisterLock lock = RegisterLock.acquire(file, RegisterLock.DEFAULT_WAIT)) {
            if (resource instanceof RegisterResource && resource.getContents().size() == 1) {
                save(resource, file, UnaryOperator.identity());
            } else if (resource != null) {
                save(copy(register, resource, file), file, UnaryOperator.identity());
            } else {
                Resource created = create(newResourceSet(), file);
                created.getContents().add(register);
                save(created, file, UnaryOperator.identity());
            }
        }
    }

    /** A change of a register read from its file, made under the file's lock. */
    @FunctionalInterface
    public interface Update<T> {
        /**
         * @param register the register, as on disk now (a new, empty one when the file does not exist)
         * @param created whether the file does not exist yet
         * @return what the change gives its caller
         * @throws IOException when the change cannot be made; nothing is saved then
         */
        T apply(Register register, boolean created) throws IOException;
    }

    /**
     * Reads a register file, changes it and saves it, all under the file's lock, so that no other
     * writer's change is lost: the change is applied to the register as it is on disk now. Should
     * a program that takes no lock save the file between the read and the save, the file is read
     * and the change applied again.
     *
     * @param file the register file; created when it does not exist
     * @param wait how long to wait for another writer's lock
     * @param change the change, applied to the register read (possibly more than once)
     * @return what the change returned the time it was saved
     * @throws IOException ({@link RegisterFileException}) when the file cannot be read or written,
     *         or another writer keeps the lock for longer than {@code wait}; or what the change
     *         threw. Nothing is saved then.
     */
    public static <T> T update(Path file, Duration wait, Update<T> change) throws IOException {
        RegisterStore store = RegisterStores.at(file);
        try (RegisterLock lock = store != null ? store.lock(store.locate(file), wait)
                : RegisterLock.acquire(file, wait)) {
            for (int attempt = 1;; attempt++) {
                ResourceSet set = newResourceSet();
                boolean created = store == null && !Files.exists(file);
                Resource resource = created ? create(set, file) : load(set, file);
                if (created) {
                    resource.getContents().add(RectifyFactory.eINSTANCE.createRegister());
                }
                T result = change.apply((Register) resource.getContents().get(0), created);
                try {
                    save(resource);
                    return result;
                } catch (RegisterFileException e) {
                    if (e.getProblem() != RegisterFileException.Problem.CHANGED_ON_DISK || attempt == UPDATE_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }

    /**
     * @param resource a register resource
     * @return the version of its file it was last loaded from or saved to; {@link DiskVersion#ABSENT}
     *         for a new file; {@code null} when unknown (a resource not made by this class)
     */
    public static DiskVersion diskVersion(Resource resource) {
        return resource instanceof RegisterResource register ? register.getDiskVersion() : null;
    }

    /**
     * Takes a version of the file as the one a resource holds, as after a merge with it: the
     * next {@link #save(Resource)} then replaces that version.
     *
     * @param resource a register resource
     * @param version a version of its file
     */
    public static void setDiskVersion(Resource resource, DiskVersion version) {
        ((RegisterResource) resource).setDiskVersion(version);
    }

    /**
     * @param resource a register resource whose URI is a file
     * @return whether its file on disk is another version than the one it was loaded from or last
     *         saved to (a resource of unknown version counts as made for a new file)
     * @throws IOException when the file cannot be read
     */
    public static boolean isChangedOnDisk(Resource resource) throws IOException {
        RegisterStore store = RegisterStores.of(resource);
        if (store != null) {
            return store.isChangedOnDisk(resource);
        }
        return !isCurrent(resource, fileOf(resource));
    }

    private static boolean isCurrent(Resource resource, Path file) throws IOException {
        DiskVersion version = diskVersion(resource);
        return (version == null ? DiskVersion.ABSENT : version).isCurrent(file);
    }

    /**
     * @param path a path given for a register
     * @return the file that stands for the register there: for a register a {@link RegisterStore}
     *         keeps (a shared folder, or the register file in it), the file its resource has; else
     *         the path itself, absolute
     */
    public static Path location(Path path) {
        RegisterStore store = RegisterStores.at(path);
        Path located = store == null ? null : store.locate(path);
        return located != null ? located : path.toAbsolutePath().normalize();
    }

    /**
     * @return a new resource set whose local registries know the register package and the
     *         register resource factory
     */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        registerLocally(set);
        return set;
    }

    /**
     * Saves a resource to a file through a stream wrapped by {@code streamHook}: the seam that
     * lets tests make the write fail half-way.
     */
    static void save(Resource resource, Path file, UnaryOperator<OutputStream> streamHook) throws IOException {
        if (!(resource instanceof XMLResource)) {
            throw new IllegalArgumentException("not a register resource: " + resource); //$NON-NLS-1$
        }
        DiskVersion written = AtomicSave.write(file, out -> resource.save(out, null), streamHook);
        if (file.toAbsolutePath().normalize().equals(fileOfOrNull(resource))) {
            resource.setModified(false);
            resource.setTimeStamp(System.currentTimeMillis());
            if (resource instanceof RegisterResource register) {
                register.setDiskVersion(written);
            }
        }
    }

    private static Resource copy(Register register, Resource source, Path file) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EObject copy = copier.copy(register);
        copier.copyReferences();
        Resource target = new RegisterResource(fileURI(file));
        target.getContents().add(copy);
        if (source instanceof XMLResource from) {
            XMLResource to = (XMLResource) target;
            for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
                String id = from.getID(entry.getKey());
                if (id != null) {
                    to.setID(entry.getValue(), id);
                }
            }
        }
        return target;
    }

    static void registerLocally(ResourceSet set) {
        set.getPackageRegistry().putIfAbsent(RectifyPackage.eNS_URI, RectifyPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent(EXTENSION, FACTORY);
    }

    static URI fileURI(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /**
     * @param resource a resource
     * @return the file of its URI, absolute
     * @throws IllegalArgumentException when its URI is not a file
     */
    public static Path fileOf(Resource resource) {
        Path file = fileOfOrNull(resource);
        if (file == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.notFileUri, resource.getURI()));
        }
        return file;
    }

    static Path fileOfOrNull(Resource resource) {
        URI uri = resource.getURI() == null ? null : CommonPlugin.resolve(resource.getURI());
        return uri != null && uri.isFile() ? Paths.get(uri.toFileString()).toAbsolutePath().normalize() : null;
    }
}
