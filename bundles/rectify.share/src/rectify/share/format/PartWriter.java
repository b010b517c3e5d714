package rectify.share.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.model.RectifyPackage;
import rectify.model.Record;
import rectify.model.Register;

/**
 * Writes a part of a shared register as text that the same model always gives byte for byte:
 * XML in UTF-8 with LF line ends, one element per block of lines, each attribute (value) on a
 * line of its own in the order of the metamodel and the end of each start tag on a line of its own,
 * so that setting, changing or clearing one value changes one line. Elements carry their identifiers ({@code xmi:id}); references are identifiers, whatever
 * part the element referred to is in; many-valued texts are one line each, line breaks escaped. The
 * register part lists its records, one line each, pointing at their files.
 */
public final class PartWriter {

    static final String XMI = "http://www.omg.org/XMI"; //$NON-NLS-1$
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance"; //$NON-NLS-1$
    private static final String INDENT = "  "; //$NON-NLS-1$
    private static final String ATTRIBUTE_INDENT = "    "; //$NON-NLS-1$
    private static final int MARK_WINDOW = 1024;

    private final Function<EObject, String> ids;
    private final StringBuilder out = new StringBuilder(4096);

    private PartWriter(Function<EObject, String> ids) {
        this.ids = ids;
    }

    /**
     * @param root the register (whose records are written as pointers to their files) or a record
     * @param ids the identifier of every element, and of the elements referred to
     * @return the part's text
     */
    public static byte[] write(EObject root, Function<EObject, String> ids) {
        PartWriter writer = new PartWriter(ids);
        writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
        writer.element(root, "rectify:" + root.eClass().getName(), null, ""); //$NON-NLS-1$ //$NON-NLS-2$
        return writer.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return whether a file starts as the register part of a shared register does */
    static boolean isMarked(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(MARK_WINDOW), StandardCharsets.UTF_8);
            return start.contains("xmlns:share=\"" + Layout.NAMESPACE + '"'); //$NON-NLS-1$
        } catch (IOException e) {
            return false;
        }
    }

    private void element(EObject element, String name, EReference containment, String indent) {
        out.append(indent).append('<').append(name);
        String inner = indent + ATTRIBUTE_INDENT;
        if (containment == null) {
            attribute(inner, "xmlns:xmi", XMI); //$NON-NLS-1$
            attribute(inner, "xmlns:xsi", XSI); //$NON-NLS-1$
            attribute(inner, "xmlns:rectify", RectifyPackage.eNS_URI); //$NON-NLS-1$
            if (element instanceof Register) {
                attribute(inner, "xmlns:share", Layout.NAMESPACE); //$NON-NLS-1$
            }
            attribute(inner, "xmi:version", "2.0"); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (element.eClass() != containment.getEReferenceType()) {
            attribute(inner, "xsi:type", "rectify:" + element.eClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        attribute(inner, "xmi:id", id(element)); //$NON-NLS-1$
        List<EStructuralFeature> features = element.eClass().getEAllStructuralFeatures();
        for (EStructuralFeature feature : features) {
            if (!written(feature) || !element.eIsSet(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute && !attribute.isMany()) {
                attribute(inner, feature.getName(), text(attribute, element.eGet(feature)));
            } else if (feature instanceof EReference reference && !reference.isContainment()) {
                attribute(inner, feature.getName(), references(element, reference));
            }
        }
        boolean open = false;
        for (EStructuralFeature feature : features) {
            if (!written(feature) || !element.eIsSet(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute && attribute.isMany()) {
                open = open(open, indent);
                for (Object value : (List<?>) element.eGet(feature)) {
                    out.append(indent).append(INDENT).append('<').append(feature.getName()).append('>')
                            .append(escape(text(attribute, value))).append("</").append(feature.getName()) //$NON-NLS-1$
                            .append(">\n"); //$NON-NLS-1$
                }
            } else if (feature instanceof EReference reference && reference.isContainment()) {
                open = open(open, indent);
                for (Object child : values(element, feature)) {
                    if (element instanceof Register && child instanceof Record record) {
                        pointer(record, indent + INDENT);
                    } else {
                        element((EObject) child, feature.getName(), reference, indent + INDENT);
                    }
                }
            }
        }
        if (open) {
            out.append(indent).append("</").append(name).append(">\n"); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            out.append('\n').append(indent).append("/>\n"); //$NON-NLS-1$
        }
    }

    /** Ends the start tag before the first child, once. */
    private boolean open(boolean open, String indent) {
        if (!open) {
            out.append('\n').append(indent).append(">\n"); //$NON-NLS-1$
        }
        return true;
    }

    /** A record of the register part: its kind and its file, on one line. */
    private void pointer(Record record, String indent) {
        String id = id(record);
        out.append(indent).append("<records xsi:type=\"rectify:").append(record.eClass().getName()) //$NON-NLS-1$
                .append("\" href=\"").append(escape(Layout.recordPath(id))).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void attribute(String indent, String name, String value) {
        // the line ends when the next attribute, or the end of the start tag, is written
        out.append('\n').append(indent).append(name).append("=\"").append(escape(value)).append('"'); //$NON-NLS-1$
    }

    private String references(EObject element, EReference reference) {
        StringBuilder ids = new StringBuilder();
        for (Object value : values(element, reference)) {
            if (value != null) {
                if (!ids.isEmpty()) {
                    ids.append(' ');
                }
                ids.append(id((EObject) value));
            }
        }
        return ids.toString();
    }

    private String id(EObject element) {
        String id = ids.apply(element);
        if (id == null) {
            throw new IllegalStateException("an element without identifier: " + element.eClass().getName()); //$NON-NLS-1$
        }
        return id;
    }

    private static List<?> values(EObject element, EStructuralFeature feature) {
        return feature.isMany() ? (List<?>) element.eGet(feature) : List.of(element.eGet(feature));
    }

    /** @return whether the feature is kept in the file: changeable, neither derived nor transient, not the container */
    static boolean written(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                && !(feature instanceof EReference reference && reference.isContainer());
    }

    private static String text(EAttribute attribute, Object value) {
        EDataType type = attribute.getEAttributeType();
        String text = EcoreUtil.convertToString(type, value);
        return text == null ? "" : text; //$NON-NLS-1$
    }

    /** @return the text with what XML needs escaped, and line breaks and tabs as references, so that it stays on one line */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;"; //$NON-NLS-1$
                case '<' -> "&lt;"; //$NON-NLS-1$
                case '>' -> "&gt;"; //$NON-NLS-1$
                case '"' -> "&quot;"; //$NON-NLS-1$
                case '\n' -> "&#xA;"; //$NON-NLS-1$
                case '\r' -> "&#xD;"; //$NON-NLS-1$
                case '\t' -> "&#x9;"; //$NON-NLS-1$
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** @return the class named {@code rectify:<name>}, or {@code null} */
    static EClass type(String qualified) {
        String name = qualified.startsWith("rectify:") ? qualified.substring("rectify:".length()) : qualified; //$NON-NLS-1$ //$NON-NLS-2$
        return RectifyPackage.eINSTANCE.getEClassifier(name) instanceof EClass type ? type : null;
    }
}
