package rectify.share.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import rectify.core.io.RegisterFileException;
import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.Register;

/**
 * A part of a shared register as read ({@link PartReader}): its root and elements by identifier,
 * and the references still to resolve, which may point into other parts. On its own
 * ({@link #standalone()}) a part resolves what it can and points at the rest through proxies; a
 * whole register is {@link #assemble assembled} from its parts, every reference resolved.
 */
public final class Part {

    /** A reference read, to resolve: the element, the feature, the identifiers, where it was written. */
    record Pending(EObject element, EReference reference, List<String> ids, int line) {
    }

    /** A record the register part lists: its identifier, its kind, where it was written. */
    public record Pointer(String id, EClass type, int line) {
    }

    private final Path file;
    private final EObject root;
    private final Map<String, EObject> elements;
    private final List<Pending> pending;
    private final List<Pointer> records;

    Part(Path file, EObject root, Map<String, EObject> elements, List<Pending> pending, List<Pointer> records) {
        this.file = file;
        this.root = root;
        this.elements = elements;
        this.pending = pending;
        this.records = records;
    }

    /** @return the root element: the register, or a record */
    public EObject root() {
        return root;
    }

    /** @return the records a register part lists, in order; none for a record part */
    public List<Pointer> records() {
        return Collections.unmodifiableList(records);
    }

    /** @return the elements by identifier, the root's included */
    public Map<String, EObject> elements() {
        return Collections.unmodifiableMap(elements);
    }

    /**
     * Resolves the references within the part; those to elements of other parts, and the records
     * of a register part, become proxies whose URI's fragment is the identifier.
     *
     * @return the identifier of every element and proxy
     */
    public Map<EObject, String> standalone() {
        return standalone(Map.of());
    }

    /**
     * Resolves the references within the part, then those to the elements given (of other parts
     * read on their own); the others, and the records of a register part, become proxies.
     *
     * @param outside elements of other parts by identifier
     * @return the identifier of every element and proxy of the part
     */
    public Map<EObject, String> standalone(Map<String, EObject> outside) {
        Map<EObject, String> ids = ids();
        if (root instanceof Register register) {
            for (Pointer pointer : records) {
                Record proxy = (Record) proxy(pointer.type(), pointer.id());
                register.getRecords().add(proxy);
                ids.put(proxy, pointer.id());
            }
        }
        for (Pending reference : pending) {
            List<EObject> targets = new ArrayList<>();
            for (String id : reference.ids()) {
                EObject target = elements.get(id);
                if (target == null) {
                    target = outside.get(id);
                }
                if (target == null) {
                    target = proxy(concrete(reference.reference().getEReferenceType()), id);
                    ids.put(target, id);
                }
                targets.add(target);
            }
            set(reference, targets);
        }
        return ids;
    }

    /**
     * Puts a whole register together: the register part with its records in the order it lists
     * them, every reference resolved across the parts.
     *
     * @param register the register part
     * @param records the parts of the records it lists, by identifier
     * @return the identifier of every element
     * @throws RegisterFileException when a listed record is missing, two parts use one identifier,
     *         or a reference points at an element no part has
     */
    public static Map<EObject, String> assemble(Part register, Map<String, Part> records) throws RegisterFileException {
        Map<String, EObject> all = new LinkedHashMap<>(register.elements);
        Register root = (Register) register.root;
        for (Pointer pointer : register.records) {
            Part part = records.get(pointer.id());
            if (part == null) {
                throw RegisterFileException.loading(register.file, RegisterFileException.Problem.DANGLING_REFERENCE,
                        pointer.line(), -1, null, pointer.id());
            }
            for (Map.Entry<String, EObject> entry : part.elements.entrySet()) {
                if (all.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                    throw RegisterFileException.loading(part.file, RegisterFileException.Problem.DUPLICATE_ID, -1, -1,
                            null, entry.getKey());
                }
            }
            root.getRecords().add((Record) part.root);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(register);
        for (Pointer pointer : register.records) {
            parts.add(records.get(pointer.id()));
        }
        Map<EObject, String> ids = new java.util.HashMap<>(all.size() * 2);
        for (Part part : parts) {
            for (Pending reference : part.pending) {
                List<EObject> targets = new ArrayList<>(reference.ids().size());
                for (String id : reference.ids()) {
                    EObject target = all.get(id);
                    if (target == null) {
                        throw RegisterFileException.loading(part.file, RegisterFileException.Problem.DANGLING_REFERENCE,
                                reference.line(), -1, null, id);
                    }
                    targets.add(target);
                }
                set(reference, targets);
            }
        }
        all.forEach((id, element) -> ids.put(element, id));
        return ids;
    }

    private Map<EObject, String> ids() {
        Map<EObject, String> ids = new java.util.HashMap<>(elements.size() * 2);
        elements.forEach((id, element) -> ids.put(element, id));
        return ids;
    }

    /**
     * Sets a reference as written: both ends of a pair of opposite references are in the parts, so
     * each is set as it is written, without setting the other.
     */
    @SuppressWarnings("unchecked")
    private static void set(Pending reference, List<EObject> targets) {
        if (reference.reference().isMany()) {
            InternalEList<EObject> list = (InternalEList<EObject>) reference.element().eGet(reference.reference());
            for (EObject target : targets) {
                if (reference.reference().getEOpposite() == null) {
                    list.add(target);
                } else if (!list.basicContains(target)) {
                    list.basicAdd(target, null);
                }
            }
        } else if (!targets.isEmpty()) {
            reference.element().eSet(reference.reference(), targets.get(0));
        }
    }

    /** @return a proxy of an element kept elsewhere, its identifier the URI's fragment */
    public static EObject proxy(EClass type, String id) {
        EObject proxy = EcoreUtil.create(type);
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("#" + id)); //$NON-NLS-1$
        return proxy;
    }

    /** @return the class itself, or for an abstract one its first concrete subclass */
    private static EClass concrete(EClass type) {
        if (!type.isAbstract()) {
            return type;
        }
        for (EClassifier classifier : RectifyPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass candidate && !candidate.isAbstract() && type.isSuperTypeOf(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(type.getName());
    }
}
