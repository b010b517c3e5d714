package rectify.archive.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import rectify.core.io.RegisterFiles;
import rectify.core.io.RegisterResource;
import rectify.model.Record;
import rectify.model.RectifyFactory;
import rectify.model.Register;

/**
 * A register holding one record and what it references, as a register file's bytes: the
 * register's own attributes (organization, fonds code), the record, and every unit, person,
 * notice, template and other record its content refers to, directly or through those, whole and
 * in the register's order, each element (the register too) with the identifier it has in the
 * source, so that the same record always gives the same bytes. Read back with
 * {@link RegisterFiles}, the record is equal to the source record. A record in no register is
 * put alone into a new register, without its references to elements outside it.
 */
public final class RecordExtract {

    private RecordExtract() {
    }

    /**
     * @param record a record of a register
     * @return the register file of the record, UTF-8 XMI
     * @throws IOException when it cannot be written
     */
    public static byte[] of(Record record) throws IOException {
        EObject root = EcoreUtil.getRootContainer(record);
        Register source = root instanceof Register register ? register : null;
        Set<EObject> included = closure(record, source);
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        Register copy = RectifyFactory.eINSTANCE.createRegister();
        if (source == null) {
            copy.getRecords().add((Record) copier.copy(record));
        } else {
            copyAttributes(source, copy);
            for (EReference containment : source.eClass().getEAllContainments()) {
                @SuppressWarnings("unchecked")
                Collection<EObject> into = (Collection<EObject>) copy.eGet(containment);
                for (Object child : (List<?>) source.eGet(containment)) {
                    if (included.contains(child)) {
                        into.add(copier.copy((EObject) child));
                    }
                }
            }
        }
        copier.copyReferences();
        Resource resource = new RegisterResource(URI.createURI("record." + RegisterFiles.EXTENSION));
        resource.getContents().add(copy);
        if (record.eResource() instanceof XMLResource from) {
            XMLResource to = (XMLResource) resource;
            if (source != null) {
                to.setID(copy, from.getID(source));
            }
            for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
                String id = from.getID(entry.getKey());
                if (id != null) {
                    to.setID(entry.getValue(), id);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toByteArray();
    }

    /** The register's elements (direct children) that the record needs, the record among them. */
    private static Set<EObject> closure(Record record, Register register) {
        Set<EObject> included = Collections.newSetFromMap(new IdentityHashMap<>());
        if (register == null) {
            return included;
        }
        Deque<EObject> pending = new ArrayDeque<>();
        included.add(record);
        pending.add(record);
        while (!pending.isEmpty()) {
            EObject element = pending.poll();
            for (TreeIterator<EObject> contents = EcoreUtil.getAllContents(List.of(element)); contents.hasNext();) {
                EObject object = contents.next();
                for (EReference reference : object.eClass().getEAllReferences()) {
                    if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                            || reference.isTransient() || !object.eIsSet(reference)) {
                        continue;
                    }
                    for (Iterator<?> values = values(object, reference); values.hasNext();) {
                        EObject top = topLevel((EObject) values.next(), register);
                        if (top != null && included.add(top)) {
                            pending.add(top);
                        }
                    }
                }
            }
        }
        return included;
    }

    private static Iterator<?> values(EObject object, EReference reference) {
        Object value = object.eGet(reference);
        return reference.isMany() ? ((List<?>) value).iterator() : List.of(value).iterator();
    }

    /** The ancestor of an object that is a direct child of the register, or {@code null}. */
    private static EObject topLevel(EObject object, Register register) {
        EObject current = object;
        while (current != null && current.eContainer() != register) {
            current = current.eContainer();
        }
        return current;
    }

    private static void copyAttributes(EObject from, EObject to) {
        for (EAttribute attribute : from.eClass().getEAllAttributes()) {
            if (attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient()
                    && from.eIsSet(attribute)) {
                to.eSet(attribute, from.eGet(attribute));
            }
        }
    }
}
