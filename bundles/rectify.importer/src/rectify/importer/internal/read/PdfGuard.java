package rectify.importer.internal.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/**
 * Checks a PDF before its text is taken: its arrays and dictionaries must not nest deeper than
 * documents do; every object is read once, and every stream that taking the text decodes (page contents, forms, fonts; not
 * pictures) is decoded once, counting the bytes that come out and stopping at the limits. A PDF
 * bomb therefore costs at most a few tens of megabytes of decoding.
 */
final class PdfGuard {

    /** The most one stream may expand to: some ten times the largest font. */
    static final long MAX_STREAM_BYTES = 64L << 20;
    /** The most all streams together may expand to. */
    static final long MAX_TOTAL_BYTES = 256L << 20;
    /** The deepest arrays and dictionaries nest in a document: a few levels; PDFBox reads 500 at most. */
    private static final int MAX_DEPTH = 400;
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    /** The most objects a document has: a thousand pages of text hold a few tens of thousands. */
    private static final int MAX_OBJECTS = 1_000_000;

    /** Thrown by the counting stream at the limit. */
    private static final class Bomb extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private final Path file;
    private long total;

    private PdfGuard(Path file) {
        this.file = file;
    }

    /**
     * Checks how deep the objects of a PDF nest, before PDFBox parses it (which skips objects nested
     * deeper than it can read, and so would read what is left of a bomb as a document).
     *
     * @param bytes the file's content
     */
    static void checkNesting(Path file, byte[] bytes) throws ImportException {
        int depth = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '[' || b == '<' && i + 1 < bytes.length && bytes[i + 1] == '<') {
                i += b == '<' ? 1 : 0;
                if (++depth > MAX_DEPTH) {
                    throw new PdfGuard(file).bomb();
                }
            } else if (b == ']' || b == '>' && i + 1 < bytes.length && bytes[i + 1] == '>') {
                i += b == '>' ? 1 : 0;
                depth = Math.max(0, depth - 1);
            } else if (b == '%') {
                while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
                    i++;
                }
            } else if (b == '(') {
                i = endOfString(bytes, i);
            } else if (b == 's' && startsWith(bytes, i, STREAM)) {
                int end = indexOf(bytes, ENDSTREAM, i + STREAM.length);
                i = end < 0 ? bytes.length : end + ENDSTREAM.length - 1;
            }
        }
    }

    /** @return the index of the parenthesis that closes the literal string opened at {@code open} */
    private static int endOfString(byte[] bytes, int open) {
        int nesting = 0;
        for (int i = open; i < bytes.length; i++) {
            if (bytes[i] == '\\') {
                i++;
            } else if (bytes[i] == '(') {
                nesting++;
            } else if (bytes[i] == ')' && --nesting == 0) {
                return i;
            }
        }
        return bytes.length;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] word) {
        if (at + word.length > bytes.length || at > 0 && Character.isLetter(bytes[at - 1])) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (bytes[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] word, int from) {
        for (int i = from; i <= bytes.length - word.length; i++) {
            if (bytes[i] == word[0] && startsWith(bytes, i, word)) {
                return i;
            }
        }
        return -1;
    }

    static void check(Path file, PDDocument pdf) throws ImportException, IOException {
        PdfGuard guard = new PdfGuard(file);
        List<COSObjectKey> keys = new ArrayList<>(pdf.getDocument().getXrefTable().keySet());
        if (keys.size() > MAX_OBJECTS) {
            throw guard.bomb();
        }
        for (COSObjectKey key : keys) {
            var object = pdf.getDocument().getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                guard.decode(stream);
            }
        }
    }

    private void decode(COSStream stream) throws ImportException, IOException {
        List<COSName> filters = filters(stream.getFilters());
        if (filters.isEmpty()) {
            return;
        }
        try {
            InputStream in = stream.createRawInputStream();
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                Counting out = new Counting(last ? OutputStream.nullOutputStream() : new ByteArrayOutputStream());
                try (InputStream encoded = in) {
                    filter.decode(encoded, out, stream, i);
                }
                total += out.count;
                if (total > MAX_TOTAL_BYTES) {
                    throw bomb();
                }
                if (!last) {
                    in = new ByteArrayInputStream(((ByteArrayOutputStream) out.out).toByteArray());
                }
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Bomb) {
                    throw bomb();
                }
            }
            // a stream that does not decode: taking the text skips it as well
        }
    }

    private static List<COSName> filters(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private ImportException bomb() {
        return ImportException.of(file, Problem.PDF_BOMB, null, MAX_STREAM_BYTES >> 20, MAX_TOTAL_BYTES >> 20);
    }

    /** Counts what is written, and stops at the limit of a stream. */
    private static final class Counting extends OutputStream {
        private final OutputStream out;
        private long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > MAX_STREAM_BYTES) {
                throw new Bomb();
            }
            out.write(b, off, len);
        }
    }
}
