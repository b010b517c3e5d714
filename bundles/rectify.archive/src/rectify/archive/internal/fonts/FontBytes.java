package rectify.archive.internal.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.io.RandomAccessRead;

/**
 * The bytes of a TrueType font as a parser wants them, read from a memory map of the file: fontbox
 * copies the whole of whatever it is given into memory, and reads files page by page, so a face of a
 * large collection costs several copies of the collection when handed over as a file or a stream.
 * Here the parser's copy of the face's own tables is the only copy of the face.
 * <p>
 * Only the tables that measuring and embedding read are announced. The table of glyph outlines
 * ({@code glyf}), most of a Chinese face, is announced empty in the table records, though its bytes
 * stay where they are: fontbox would copy it twice more on opening, for glyph outlines that nothing
 * here reads through it. Measuring reads the character map and the metrics; the subsetter that
 * makes the part of a face a document embeds ({@code TTFSubsetter}) copies the outlines from the
 * font's bytes, at the offsets of the table and its index ({@code loca}), which stay as they are.
 */
final class FontBytes {

    /** The tag of a TrueType collection's header ({@code ttcf}). */
    private static final int TTC_TAG = tag("ttcf");
    /** The tag of the table of glyph outlines ({@code glyf}). */
    private static final int GLYF_TAG = tag("glyf");
    /**
     * The tables that measuring and embedding read, by their tags: those of the {@linkplain Face#TABLES
     * part of a face} that a document embeds, and the PostScript outlines ({@code CFF}) that tell a
     * face that cannot be embedded here. The others, such as the glyph substitutions, kerning,
     * vertical metrics and bitmaps, are left out: fontbox would read them all on opening.
     */
    private static final Set<Integer> TABLES = Stream.concat(Face.TABLES.stream(), Stream.of("CFF "))
            .map(FontBytes::tag).collect(Collectors.toUnmodifiableSet());
    /** The size of a font's offset table, before its table records. */
    private static final int OFFSET_TABLE = 12;
    /** The size of one table record: tag, checksum, offset, length. */
    private static final int TABLE_RECORD = 16;

    private FontBytes() {
    }

    /** @return the bytes of a {@code .ttf} file */
    static RandomAccessRead of(Path file) throws IOException {
        return font(file, map(file), 0);
    }

    /**
     * The face at {@code index} of a collection ({@code .ttc}), read as a font file of its own
     * without copying the collection.
     *
     * @throws IOException when the file cannot be read or is no collection with such a face
     */
    static RandomAccessRead face(Path file, int index) throws IOException {
        ByteBuffer ttc = map(file);
        if (ttc.getInt(0) != TTC_TAG || index < 0 || index >= ttc.getInt(8)) {
            throw new IOException("no face " + index + " in the collection " + file.getFileName());
        }
        return font(file, ttc, ttc.getInt(12 + 4 * index));
    }

    /**
     * The font whose offset table is at {@code font} in {@code bytes}: its offset table and the
     * records of the {@linkplain #TABLES tables it needs}, each table at a new offset, then those
     * tables, read where they are.
     */
    private static RandomAccessRead font(Path file, ByteBuffer bytes, int font) throws IOException {
        try {
            List<Integer> records = new ArrayList<>();
            for (int i = 0; i < Short.toUnsignedInt(bytes.getShort(font + 4)); i++) {
                int record = font + OFFSET_TABLE + TABLE_RECORD * i;
                if (TABLES.contains(bytes.getInt(record))) {
                    records.add(record);
                }
            }
            int headerSize = OFFSET_TABLE + TABLE_RECORD * records.size();
            ByteBuffer header = ByteBuffer.allocate(headerSize).put(bytes.slice(font, OFFSET_TABLE))
                    .putShort(4, (short) records.size());
            List<ByteBuffer> parts = new ArrayList<>(List.of(header));
            long offset = headerSize;
            for (int record : records) {
                int tag = bytes.getInt(record);
                int from = bytes.getInt(record + 8);
                int length = bytes.getInt(record + 12);
                if (offset + length > Integer.MAX_VALUE) {
                    throw new IOException("the font " + file.getFileName() + " is too large");
                }
                header.putInt(tag).putInt(bytes.getInt(record + 4)).putInt((int) offset)
                        .putInt(tag == GLYF_TAG ? 0 : length);
                parts.add(bytes.slice(from, length));
                long padding = padded(length) - length;
                if (padding > 0) {
                    parts.add(ByteBuffer.allocate((int) padding));
                }
                offset += padded(length);
            }
            header.clear();
            return new JoinedBuffers(parts);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("the font " + file.getFileName() + " ends within its tables", e);
        }
    }

    /** @return the tag of a table, such as {@code glyf}, as a number */
    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private static long padded(long length) {
        return (length + 3) & ~3L;
    }

    private static MappedByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }
}
