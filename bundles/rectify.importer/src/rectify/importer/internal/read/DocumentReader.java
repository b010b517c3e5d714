package rectify.importer.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;

import org.apache.xmlbeans.XmlException;
import org.xml.sax.SAXException;

import rectify.core.io.FileKind;
import rectify.core.io.FileNames;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;
import rectify.importer.internal.Messages;

/**
 * Reads a document into its paragraphs, telling the format by the content rather than by the
 * name: a ZIP archive is read as a Word document, an OLE2 compound file as a Word 97-2003
 * document, a PDF as PDF, anything else as text.
 */
public final class DocumentReader {

    /** The largest text file read: some 250 times the size of a long self-examination material. */
    static final long MAX_TEXT_BYTES = 16L << 20;
    /** The largest Word document read, pictures included. */
    static final long MAX_WORD_BYTES = 64L << 20;
    /** The largest PDF read, pictures and fonts included. */
    static final long MAX_PDF_BYTES = 64L << 20;

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] EMPTY_ZIP = { 'P', 'K', 5, 6 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };
    private static final byte[] PDF = { '%', 'P', 'D', 'F' };
    private static final byte[] RTF = { '{', '\\', 'r', 't', 'f' };

    private DocumentReader() {
    }

    /**
     * @param file a Word document (.docx or .doc), a PDF or a text file
     * @return the document's paragraphs with text
     * @throws ImportException when the file cannot be read or is no such document
     */
    public static SourceDocument read(Path file) throws ImportException {
        long size = size(file);
        byte[] head = head(file);
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            limit(file, size, MAX_WORD_BYTES);
            return WordDocuments.read(file);
        }
        if (startsWith(head, OLE2)) {
            limit(file, size, MAX_WORD_BYTES);
            return OfficeBinaries.read(file);
        }
        if (startsWith(head, PDF)) {
            limit(file, size, MAX_PDF_BYTES);
            return PdfDocuments.read(file);
        }
        if (startsWith(head, RTF)) {
            throw ImportException.of(file, Problem.UNSUPPORTED_FORMAT, null, "RTF"); //$NON-NLS-1$
        }
        limit(file, size, MAX_TEXT_BYTES);
        return TextDocuments.read(file, bytes(file));
    }

    private static long size(Path file) throws ImportException {
        FileKind kind;
        try {
            kind = FileKind.of(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (kind == FileKind.MISSING) {
            throw ImportException.of(file, Problem.NOT_FOUND, null);
        }
        if (kind != FileKind.REGULAR) {
            throw ImportException.of(file, Problem.NOT_A_FILE, null, kind.describe());
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void limit(Path file, long size, long max) throws ImportException {
        if (size > max) {
            throw ImportException.of(file, Problem.TOO_LARGE, null, megabytes(size), megabytes(max));
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / (double) (1 << 20)); //$NON-NLS-1$
    }

    private static byte[] head(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static byte[] bytes(Path file) throws ImportException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static ImportException unreadable(Path file, IOException e) {
        return ImportException.of(file, Problem.UNREADABLE, e, FileNames.reason(e));
    }

    /**
     * @return the refusal of a Word document that the reader found damaged: what kind of damage,
     *         in the user's language, without the reader's own text (which goes with the cause)
     */
    static ImportException damaged(Path file, Exception e) {
        String what = e instanceof ZipException ? Messages.damagedZip : Messages.damagedContent;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("DOCTYPE")) { //$NON-NLS-1$
                what = Messages.damagedDoctype;
                break;
            }
            if (t instanceof XmlException || t instanceof SAXException) {
                what = Messages.damagedXml;
            }
        }
        return ImportException.of(file, Problem.DAMAGED, e, what);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
