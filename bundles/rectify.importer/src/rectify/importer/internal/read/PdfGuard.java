package rectify.importer.internal.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * Checks a PDF before its text is taken: every object is read once (objects nested too deep end
 * the check), and every stream that taking the text decodes (page contents, forms, fonts; not
 * pictures) is decoded once, counting the bytes that come out and stopping at the limits. A PDF
 * bomb therefore costs at most a few tens of megabytes of decoding.
 */
final class PdfGuard {

    /** The most one stream may expand to: some ten times the largest font. */
    static final long MAX_STREAM_BYTES = 64L << 20;
    /** The most all streams together may expand to. */
    static final long MAX_TOTAL_BYTES = 256L << 20;
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
