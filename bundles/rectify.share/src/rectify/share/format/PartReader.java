package rectify.share.format;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFileException.Problem;
import rectify.model.RectifyPackage;
import rectify.model.Register;

/**
 * Reads a part of a shared register as {@link PartWriter} writes it (and as any XML tool may
 * rewrap it: attributes in any order or on any line). Refuses, naming the file and the line,
 * anything else: a document type declaration, an unknown element or attribute, a value that is not
 * valid, an element without identifier, an identifier used twice, a root that is not a register
 * or a record of this version of Rectify.
 */
public final class PartReader {

    private static final XMLInputFactory FACTORY = factory();

    private final Path file;
    private final XMLStreamReader xml;
    private final Map<String, EObject> elements = new HashMap<>();
    private final List<Part.Pending> pending = new ArrayList<>();
    private final List<Part.Pointer> records = new ArrayList<>();

    private PartReader(Path file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    /**
     * @param content the part's bytes
     * @param file the file the part is (or would be) in the folder, for messages
     * @return the part read, its references not yet resolved
     * @throws RegisterFileException when the content is not a part of a shared register
     */
    public static Part read(byte[] content, Path file) throws RegisterFileException {
        XMLStreamReader xml;
        try {
            xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
        } catch (XMLStreamException e) {
            throw RegisterFileException.loading(file, Problem.NOT_XML, -1, -1, e);
        }
        PartReader reader = new PartReader(file, xml);
        try {
            EObject root = reader.document();
            return new Part(file, root, reader.elements, reader.pending, reader.records);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw RegisterFileException.loading(file, content.length == 0 ? Problem.EMPTY : Problem.MALFORMED,
                    at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), e, excerpt(e));
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // read from memory
            }
        }
    }

    private static String excerpt(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.lastIndexOf("Message:"); //$NON-NLS-1$
        return (cut >= 0 ? message.substring(cut + 8) : message).strip();
    }

    private EObject document() throws XMLStreamException, RegisterFileException {
        EObject root = null;
        Deque<EObject> open = new ArrayDeque<>();
        Deque<EAttribute> texts = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw fail(Problem.DOCTYPE);
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!texts.isEmpty()) {
                        throw fail(Problem.UNKNOWN_FEATURE, xml.getLocalName());
                    }
                    if (root == null) {
                        root = root();
                        open.push(root);
                        continue;
                    }
                    EObject parent = open.peek();
                    EStructuralFeature feature = parent.eClass().getEStructuralFeature(xml.getLocalName());
                    if (feature instanceof EAttribute attribute && attribute.isMany()
                            && PartWriter.written(attribute)) {
                        texts.push(attribute);
                        text.setLength(0);
                        open.push(parent);
                    } else if (parent instanceof Register && feature == RectifyPackage.Literals.REGISTER__RECORDS) {
                        pointer();
                        open.push(parent);
                    } else if (feature instanceof EReference reference && reference.isContainment()
                            && PartWriter.written(reference)) {
                        EObject child = element(typeOf(reference));
                        add(parent, reference, child);
                        open.push(child);
                    } else {
                        throw fail(Problem.UNKNOWN_FEATURE, xml.getLocalName());
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!texts.isEmpty()) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    EObject element = open.pop();
                    if (!texts.isEmpty() && xml.getLocalName().equals(texts.peek().getName())) {
                        EAttribute attribute = texts.pop();
                        add(element, attribute, value(attribute, text.toString()));
                    }
                }
                default -> {
                    // comments, processing instructions, the declaration
                }
            }
        }
        if (root == null) {
            throw fail(Problem.EMPTY);
        }
        return root;
    }

    private EObject root() throws RegisterFileException {
        String namespace = xml.getNamespaceURI();
        if (!RectifyPackage.eNS_URI.equals(namespace)) {
            if (namespace != null && namespace.startsWith("urn:rectify:model:")) { //$NON-NLS-1$
                throw fail(Problem.NEWER_VERSION, namespace.substring("urn:rectify:model:".length()), //$NON-NLS-1$
                        RectifyPackage.eNS_URI.substring("urn:rectify:model:".length())); //$NON-NLS-1$
            }
            throw fail(Problem.FOREIGN, xml.getLocalName(), String.valueOf(namespace), RectifyPackage.eNS_URI);
        }
        EClass type = PartWriter.type(xml.getLocalName());
        if (type == null
                || !(RectifyPackage.Literals.REGISTER == type || RectifyPackage.Literals.RECORD.isSuperTypeOf(type))
                || type.isAbstract()) {
            throw fail(Problem.NOT_A_REGISTER, xml.getLocalName());
        }
        return element(type);
    }

    /** @return the element whose start tag is the current event, its attributes read */
    private EObject element(EClass type) throws RegisterFileException {
        EObject element = EcoreUtil.create(type);
        String id = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            String name = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            if ("xmi".equals(prefix) && "id".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$
                id = value;
            } else if (prefix != null && !prefix.isEmpty()) {
                continue; // xsi:type (read before), xmi:version
            } else {
                attribute(element, name, value);
            }
        }
        if (id == null || id.isBlank()) {
            throw fail(Problem.MALFORMED, "xmi:id"); //$NON-NLS-1$
        }
        if (elements.putIfAbsent(id, element) != null) {
            throw fail(Problem.DUPLICATE_ID, id);
        }
        return element;
    }

    private void attribute(EObject element, String name, String value) throws RegisterFileException {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
        if (feature == null || !PartWriter.written(feature) || feature.isMany() && feature instanceof EAttribute) {
            throw fail(Problem.UNKNOWN_FEATURE, name);
        }
        if (feature instanceof EAttribute attribute) {
            element.eSet(attribute, value(attribute, value));
        } else if (feature instanceof EReference reference && !reference.isContainment()) {
            List<String> ids = value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+")); //$NON-NLS-1$
            pending.add(new Part.Pending(element, reference, ids, line()));
        } else {
            throw fail(Problem.UNKNOWN_FEATURE, name);
        }
    }

    private Object value(EAttribute attribute, String text) throws RegisterFileException {
        try {
            return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
        } catch (RuntimeException e) {
            throw fail(Problem.ILLEGAL_VALUE, text, attribute.getName());
        }
    }

    /** A record the register part lists: {@code <records xsi:type="rectify:Meeting" href="records/<id>.record"/>}. */
    private void pointer() throws RegisterFileException {
        String href = xml.getAttributeValue(null, "href"); //$NON-NLS-1$
        String id = href == null ? null : Layout.recordId(href);
        EClass type = typeOf(RectifyPackage.Literals.REGISTER__RECORDS);
        if (id == null || type.isAbstract()) {
            throw fail(Problem.MALFORMED, "records"); //$NON-NLS-1$
        }
        records.add(new Part.Pointer(id, type, line()));
    }

    /** @return the class {@code xsi:type} names, or the type of the reference */
    private EClass typeOf(EReference reference) throws RegisterFileException {
        String declared = xml.getAttributeValue(PartWriter.XSI, "type"); //$NON-NLS-1$
        if (declared == null) {
            return reference.getEReferenceType();
        }
        EClass type = PartWriter.type(declared);
        if (type == null || !reference.getEReferenceType().isSuperTypeOf(type) || type.isAbstract()) {
            throw fail(Problem.UNKNOWN_TYPE, declared);
        }
        return type;
    }

    @SuppressWarnings("unchecked")
    private static void add(EObject element, EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            ((List<Object>) element.eGet(feature)).add(value);
        } else {
            element.eSet(feature, value);
        }
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }

    private RegisterFileException fail(Problem problem, Object... details) {
        Location at = xml.getLocation();
        return RegisterFileException.loading(file, problem, at.getLineNumber(), -1, null, details);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return factory;
    }
}
