package rectify.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
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
        InputStream guarded = inputStream instanceof GuardedInputStream ? inputStream
                : new GuardedInputStream(inputStream);
        try {
            super.doLoad(guarded, merged);
        } catch (LoadProblem problem) {
            Path file = RegisterFiles.fileOfOrNull(this);
            if (file == null) {
                throw new Resource.IOWrappedException(problem);
            }
            throw problem.toException(file);
        }
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
}
