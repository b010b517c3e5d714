package rectify.importer.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/**
 * Checks the ZIP container of a .docx before Apache POI opens it: it must hold a Word document,
 * and no part may expand beyond what a document holds. Every part is inflated once, counting the
 * bytes that really come out (not the sizes the archive declares), and the check stops at the
 * first part that expands more than {@value #MAX_RATIO} times, or past the limits; a zip bomb
 * therefore costs at most a few megabytes of inflating.
 */
final class ZipGuard {

    /** The most parts a document has: text, styles, numbering, headers, pictures. */
    private static final int MAX_PARTS = 10_000;
    /**
     * The most an XML part may expand to (POI holds it in memory several times over): some 15
     * times a document of a hundred times the sample; any part; all parts together.
     */
    private static final long MAX_XML_BYTES = 32L << 20;
    private static final long MAX_PART_BYTES = 128L << 20;
    private static final long MAX_TOTAL_BYTES = 256L << 20;
    /** Expanded size over stored size beyond which a part is a bomb; XML compresses some 10 times. */
    private static final long MAX_RATIO = 100;
    /** Parts smaller than this are not judged by their ratio. */
    private static final long RATIO_GRACE_BYTES = 1L << 20;

    private static final String CONTENT_TYPES = "[Content_Types].xml"; //$NON-NLS-1$
    /** The content types of a Word document's main part: documents and templates, with macros or without. */
    private static final String[] WORD_MAIN = { "wordprocessingml.document.main", //$NON-NLS-1$
            "wordprocessingml.template.main", "ms-word.document.macroEnabled.main", //$NON-NLS-1$ //$NON-NLS-2$
            "ms-word.template.macroEnabledTemplate.main" }; //$NON-NLS-1$
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument"; //$NON-NLS-1$

    private ZipGuard() {
    }

    static void check(Path file) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (!isWord(zip)) {
                throw notWord(file, zip);
            }
            if (zip.size() > MAX_PARTS) {
                throw ImportException.of(file, Problem.ZIP_BOMB, null, MAX_XML_BYTES >> 20, MAX_TOTAL_BYTES >> 20);
            }
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    total += expand(file, zip, entry, total, buffer);
                }
            }
        } catch (ZipException e) {
            throw DocumentReader.damaged(file, e);
        } catch (ImportException e) {
            throw e;
        } catch (IOException e) {
            throw DocumentReader.unreadable(file, e);
        }
    }

    private static long expand(Path file, ZipFile zip, ZipEntry entry, long before, byte[] buffer) throws IOException {
        long stored = Math.max(1, entry.getCompressedSize());
        long limit = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels") ? MAX_XML_BYTES //$NON-NLS-1$ //$NON-NLS-2$
                : MAX_PART_BYTES;
        long expanded = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                expanded += n;
                if (expanded > limit || before + expanded > MAX_TOTAL_BYTES
                        || (expanded > RATIO_GRACE_BYTES && expanded > MAX_RATIO * stored)) {
                    throw ImportException.of(file, Problem.ZIP_BOMB, null, MAX_XML_BYTES >> 20, MAX_TOTAL_BYTES >> 20);
                }
            }
        }
        return expanded;
    }

    private static boolean isWord(ZipFile zip) throws IOException {
        ZipEntry types = zip.getEntry(CONTENT_TYPES);
        if (types == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(types)) {
            String text = new String(in.readNBytes((int) RATIO_GRACE_BYTES), StandardCharsets.UTF_8);
            for (String main : WORD_MAIN) {
                if (text.contains(main)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static ImportException notWord(Path file, ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype"); //$NON-NLS-1$
        if (mimetype != null && mimetype.getSize() < 200) {
            try (InputStream in = zip.getInputStream(mimetype)) {
                if (new String(in.readNBytes(200), StandardCharsets.US_ASCII).startsWith(OPEN_DOCUMENT)) {
                    return ImportException.of(file, Problem.UNSUPPORTED_FORMAT, null, "OpenDocument (.odt)"); //$NON-NLS-1$
                }
            }
        }
        return ImportException.of(file, Problem.NOT_WORD, null);
    }
}
