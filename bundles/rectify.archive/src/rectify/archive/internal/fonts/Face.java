package rectify.archive.internal.fonts;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;

/**
 * One face of a TrueType font file, open for measuring and embedding: which characters it has
 * and how wide they are. Every table that measuring and embedding read is read when the face is
 * opened, so that afterwards the face is only read and can be shared by threads (the font file's
 * raw bytes, which embedding copies from, are read under the font's own lock or through streams
 * of their own).
 */
public final class Face implements Closeable {

    /** A face that cannot be used, with the reason. */
    public static final class Unusable extends Exception {

        private static final long serialVersionUID = 1L;

        /** Why a face cannot be used. */
        public enum Reason {
            /** The file is missing or cannot be read. */
            UNREADABLE,
            /** The file is not a TrueType font or collection. */
            NOT_A_FONT,
            /** The collection has no face of the name asked for. */
            NO_SUCH_FACE,
            /** The face has PostScript (CFF) outlines, which cannot be embedded here. */
            NOT_TRUETYPE,
            /** The font's licence forbids embedding. */
            NO_EMBEDDING,
            /** The face has no Chinese characters. */
            NO_CHINESE
        }

        private final Reason reason;

        Unusable(Reason reason, String detail, Throwable cause) {
            super(detail, cause);
            this.reason = reason;
        }

        /** @return why the face cannot be used */
        public Reason reason() {
            return reason;
        }
    }

    /**
     * The tables of a face that the part of it a document embeds has: those of the embedded subset,
     * and the character map, names and metrics that PDFBox reads to embed it; not bitmaps nor glyph
     * substitutions.
     */
    public static final List<String> TABLES = List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf", "cvt ",
            "fpgm", "prep", "gasp", "cmap", "name", "OS/2", "post");

    /** Characters every face used for Chinese text must have. */
    private static final String CHINESE_PROBE = "中国。";
    /** fsType: restricted licence embedding (no embedding at all). */
    private static final int FS_TYPE_RESTRICTED = 0x0002;
    /** fsType: bitmap embedding only. */
    private static final int FS_TYPE_BITMAP_ONLY = 0x0200;

    private final Path file;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable metrics;
    private final float unitsPerEm;
    private final String name;

    private Face(Path file, TrueTypeFont font) throws IOException {
        this.file = file;
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.metrics = font.getHorizontalMetrics();
        this.unitsPerEm = font.getUnitsPerEm();
        this.name = font.getName();
        // the other tables embedding reads, read now rather than by whichever thread comes first
        font.getHorizontalHeader();
        font.getMaximumProfile();
        font.getIndexToLocation();
        font.getPostScript();
        font.getNaming();
    }

    /**
     * Opens a face and checks that it can be embedded in PDF/A and shows Chinese.
     *
     * @param file a {@code .ttf} or {@code .ttc} file
     * @param faceName the PostScript or family name of the face in a collection; {@code null} for
     *        the first face
     * @return the face, open
     * @throws Unusable when the file or face cannot be used, with the reason
     */
    public static Face open(Path file, String faceName) throws Unusable {
        TrueTypeFont font = null;
        try {
            RandomAccessRead bytes;
            if (isCollection(file)) {
                int index = find(file, faceName);
                if (index < 0) {
                    throw new Unusable(Unusable.Reason.NO_SUCH_FACE, faceName, null);
                }
                bytes = FontBytes.face(file, index);
            } else {
                bytes = FontBytes.of(file);
            }
            font = new TTFParser().parse(bytes);
            Face face = new Face(file, font);
            face.check();
            return face;
        } catch (Unusable e) {
            closeQuietly(font);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(font);
            Unusable.Reason reason = file.toFile().canRead() ? Unusable.Reason.NOT_A_FONT : Unusable.Reason.UNREADABLE;
            throw new Unusable(reason, String.valueOf(e.getMessage()), e);
        }
    }

    private static boolean isCollection(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    /**
     * Finds a face of a collection by reading only the headers of its faces: parsing every face of
     * a large collection takes several times longer.
     *
     * @return the face's index in the collection, or -1
     */
    private static int find(Path file, String faceName) throws IOException {
        int[] index = { -1 };
        int[] count = { 0 };
        TrueTypeCollection.processAllFontHeaders(file.toFile(), headers -> {
            if (index[0] < 0 && headers.getError() == null && (faceName == null
                    || faceName.equalsIgnoreCase(headers.getName())
                    || faceName.equalsIgnoreCase(headers.getFontFamily()))) {
                index[0] = count[0];
            }
            count[0]++;
        });
        return index[0];
    }

    private void check() throws IOException, Unusable {
        if (font.getGlyph() == null) {
            throw new Unusable(Unusable.Reason.NOT_TRUETYPE, name, null);
        }
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        int fsType = os2 == null ? 0 : os2.getFsType();
        if ((fsType & 0x000F) == FS_TYPE_RESTRICTED || (fsType & FS_TYPE_BITMAP_ONLY) != 0) {
            throw new Unusable(Unusable.Reason.NO_EMBEDDING, name, null);
        }
        if (!CHINESE_PROBE.codePoints().allMatch(this::has)) {
            throw new Unusable(Unusable.Reason.NO_CHINESE, name, null);
        }
    }

    /**
     * @param codePoint a Unicode code point
     * @return whether the face has a glyph for it
     */
    public boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * @param codePoint a code point the face {@link #has}
     * @return its advance width as a fraction of the font size
     */
    public float advance(int codePoint) {
        return metrics.getAdvanceWidth(cmap.getGlyphId(codePoint)) / unitsPerEm;
    }

    /** @return the font, for embedding */
    public TrueTypeFont font() {
        return font;
    }

    /** @return the file the face is in */
    public Path file() {
        return file;
    }

    /** @return the face's PostScript name */
    public String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        font.close();
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // the face was not usable anyway
            }
        }
    }

    @Override
    public String toString() {
        return name + " (" + file + ")";
    }
}
