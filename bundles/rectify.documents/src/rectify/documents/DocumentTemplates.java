package rectify.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.documents.internal.Messages;

/**
 * Where the template of each document comes from: the organisation's own .docx where one is set
 * (in the preferences), else the one shipped with Rectify. Immutable.
 *
 * @param files the organisation's template of each document that has one
 */
public record DocumentTemplates(Map<DocumentKind, Path> files) {

    /** Copies the files. */
    public DocumentTemplates {
        files = files.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(files));
    }

    /** @return the shipped template of every document */
    public static DocumentTemplates shipped() {
        return new DocumentTemplates(Map.of());
    }

    /**
     * @param kind a document
     * @param file the organisation's template for it, or {@code null} for the shipped one
     * @return these templates with that one
     */
    public DocumentTemplates with(DocumentKind kind, Path file) {
        Map<DocumentKind, Path> changed = new EnumMap<>(DocumentKind.class);
        changed.putAll(files);
        if (file == null) {
            changed.remove(kind);
        } else {
            changed.put(kind, file);
        }
        return new DocumentTemplates(changed);
    }

    /**
     * @param kind a document
     * @return the shipped template of the document, a .docx with its placeholders; the caller closes it
     */
    public static InputStream shipped(DocumentKind kind) {
        InputStream in = DocumentTemplates.class.getResourceAsStream("templates/" + kind.code() + ".docx");
        if (in == null) {
            throw new IllegalStateException("rectify.documents lacks its template " + kind.code() + ".docx");
        }
        return in;
    }

    /**
     * @param kind a document
     * @return its template's name for messages: the file, or the shipped template's name
     */
    public String name(DocumentKind kind) {
        Path file = files.get(kind);
        return file == null ? kind.code() + ".docx" : FileNames.display(file);
    }

    /**
     * @param kind a document
     * @return its template, opened; the caller closes it
     * @throws DocumentException when the organisation's file cannot be read
     */
    InputStream open(DocumentKind kind) throws DocumentException {
        Path file = files.get(kind);
        if (file == null) {
            return shipped(kind);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Problem.TEMPLATE,
                    NLS.bind(Messages.templateUnreadable, FileNames.display(file), FileNames.reason(e)), e);
        }
    }
}
