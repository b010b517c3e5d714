package rectify.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import rectify.core.io.RegisterMigrations.Migration;
import rectify.model.Register;

/**
 * A register file: XMI with a UUID on every element ({@code xmi:id}), written in UTF-8. The
 * defaults suit files of 100,000 elements: references are resolved once at the end of the load
 * through the identifier map, objects are attached when complete, names are looked up through
 * a cache, and no parser pool keeps the last model reachable. Loading is hardened (see
 * {@link RegisterFiles}).
 * <p>
 * Use {@link RegisterFiles} to load and save; this class exists so that EMF can create register
 * resources through the registered {@link RegisterResourceFactory}. Loaded through EMF's own
 * {@code ResourceSet.getResource(uri, true)}, a bad file is refused just as well, but EMF leaves
 * the failed resource in the set with its errors; {@link RegisterFiles#load(ResourceSet, java.nio.file.Path)}
 * removes it and says what is wrong.
 */
public class RegisterResource extends XMIResourceImpl {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private RegisterMigrations migrations = RegisterMigrations.TABLE;
    private Migration pendingMigration;
    private BasicFileAttributes attributesBeforeLoad;
    private DiskVersion diskVersion;

    /** @param uri the URI of the file */
    public RegisterResource(URI uri) {
        super(uri);
        setEncoding(UTF_8);
        setIntrinsicIDToEObjectMap(new HashMap<>());

        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        load.put(OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        load.put(OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        load.put(OPTION_PARSER_FEATURES, RegisterLoad.PARSER_FEATURES);
        load.put(OPTION_PARSER_PROPERTIES, RegisterLoad.PARSER_PROPERTIES);

        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(OPTION_ENCODING, UTF_8);
        save.put(Resource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
        save.put(OPTION_PROCESS_DANGLING_HREF, OPTION_PROCESS_DANGLING_HREF_THROW);
        save.put(OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
    }

    /**
     * @param element an element of a register resource, or one removed from it
     * @return its identifier (one removed keeps it, to have it again when it is put back), or
     *         {@code null} when it has none
     */
    public static String idOf(EObject element) {
        String id = element.eResource() instanceof XMLResource xml ? xml.getID(element) : null;
        return id != null ? id : DETACHED_EOBJECT_TO_ID_MAP.get(element);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new RegisterLoad(createXMLHelper());
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        Map<Object, Object> merged = new HashMap<>(getDefaultLoadOptions());
        if (options != null) {
            merged.putAll(options);
        }
        // a cache of XML names to features for this load; a shared one would be mutated by
        // concurrent loads
        merged.putIfAbsent(OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        pendingMigration = null;
        diskVersion = null;
        BasicFileAttributes before = attributesBeforeLoad;
        InputStream guarded = inputStream instanceof GuardedInputStream ? inputStream
                : new GuardedInputStream(inputStream);
        // the digest of every byte, the rest after the register's end included; the parser may
        // close what it reads, and the caller closes the file
        DigestInputStream digesting = new DigestInputStream(guarded, DiskVersion.newDigest()) {
            @Override
            public void close() {
                // the caller's
            }
        };
        try {
            super.doLoad(digesting, merged);
            digesting.transferTo(OutputStream.nullOutputStream());
        } catch (LoadProblem problem) {
            Path file = RegisterFiles.fileOfOrNull(this);
            if (file == null) {
                throw new Resource.IOWrappedException(problem);
            }
            throw problem.toException(file);
        } finally {
            attributesBeforeLoad = null;
        }
        diskVersion = DiskVersion.of(before, digesting.getMessageDigest().digest());
        if (pendingMigration != null && !getContents().isEmpty()) {
            EObject root = getContents().get(0);
            Register register = pendingMigration.migrate(root);
            if (register != root) {
                getContents().set(0, register);
            }
        }
        pendingMigration = null;
    }

    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        Map<Object, Object> merged = new HashMap<>(getDefaultSaveOptions());
        if (options != null) {
            merged.putAll(options);
        }
        merged.putIfAbsent(OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        super.doSave(outputStream, merged);
    }

    RegisterMigrations getMigrations() {
        return migrations;
    }

    void setMigrations(RegisterMigrations migrations) {
        this.migrations = migrations;
    }

    void setPendingMigration(Migration migration) {
        this.pendingMigration = migration;
    }

    /**
     * @param attributes the attributes of the file, read before the next load opens it: they go
     *        into the {@link #getDiskVersion() version} it reads (unknown otherwise, when the
     *        version is told by the content alone)
     */
    void setAttributesBeforeLoad(BasicFileAttributes attributes) {
        this.attributesBeforeLoad = attributes;
    }

    /**
     * @return the version of the file this resource was last loaded from or saved to, {@link
     *         DiskVersion#ABSENT} for a new file, {@code null} when not known (made in memory)
     */
    protected DiskVersion getDiskVersion() {
        return diskVersion;
    }

    protected void setDiskVersion(DiskVersion version) {
        this.diskVersion = version;
    }
}
