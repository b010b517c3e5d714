package rectify.core.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import rectify.core.io.RegisterFileException.Problem;
import rectify.core.io.RegisterMigrations.Migration;
import rectify.model.RectifyPackage;

/**
 * EMF's XMI handler, stricter: the root must be a register of a schema version this code can
 * read, identifiers must be unique, references stay inside the file, and the only package is the
 * register's own: none is looked up in the global registry or loaded from wherever a file points.
 */
final class RegisterHandler extends SAXXMIHandler {

    private final RegisterResource registerResource;
    private boolean rootSeen;
    private String migrationNamespace;
    private Migration migration;

    RegisterHandler(RegisterResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
        this.registerResource = resource;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        if (!rootSeen) {
            rootSeen = true;
            checkRoot(uri, name, attributes);
        }
        super.startElement(uri, localName, name, attributes);
    }

    private void checkRoot(String uri, String name, Attributes attributes) {
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? "" : name.substring(0, colon); //$NON-NLS-1$
        String local = name.substring(colon + 1);
        String namespace = uri != null && !uri.isEmpty() ? uri
                : attributes.getValue(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix); //$NON-NLS-1$ //$NON-NLS-2$
        SchemaVersion current = SchemaVersion.CURRENT;
        if (namespace == null || namespace.isEmpty()) {
            throw problem(Problem.FOREIGN, Messages.noNamespace, name, current.namespace());
        }
        SchemaVersion version = SchemaVersion.fromNamespace(namespace);
        if (version == null) {
            throw problem(Problem.FOREIGN, null, name, namespace, current.namespace());
        }
        if (version.compareTo(current) > 0) {
            throw problem(Problem.NEWER_VERSION, null, version, current);
        }
        if (version.compareTo(current) < 0) {
            migration = registerResource.getMigrations().find(version);
            if (migration == null) {
                throw problem(Problem.OLDER_VERSION, null, version, current);
            }
            migrationNamespace = namespace;
            registerResource.setPendingMigration(migration);
        }
        if (!RectifyPackage.Literals.REGISTER.getName().equals(local)) {
            throw problem(Problem.NOT_A_REGISTER, null, name);
        }
    }

    private LoadProblem problem(Problem problem, String text, Object... details) {
        return new LoadProblem(problem, text, getLineNumber(), getColumnNumber(), details);
    }

    /**
     * EMF keeps the last of two elements with the same identifier and drops the first from its
     * identifier map; the two maps then differ in size, which costs nothing to check.
     */
    @Override
    @SuppressWarnings("deprecation") // the identifier maps are the fast way, and the ones EMF fills
    protected void handleObjectAttribs(EObject obj) {
        super.handleObjectAttribs(obj);
        Map<EObject, String> objectsToIds = xmlResource.getEObjectToIDMap();
        if (xmlResource.getIDToEObjectMap().size() != objectsToIds.size()) {
            throw problem(Problem.DUPLICATE_ID, null, objectsToIds.get(obj));
        }
    }

    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        throw problem(Problem.EXTERNAL_REFERENCE, null, uriLiteral);
    }

    @Override
    protected EPackage getPackageForURI(String uriString) {
        if (RectifyPackage.eNS_URI.equals(uriString)) {
            return RectifyPackage.eINSTANCE;
        }
        if (migration != null && migrationNamespace.equals(uriString)) {
            return migration.readingPackage();
        }
        // EMF reports a missing package where it needs one; it is never looked up elsewhere
        return null;
    }
}
