package rectify.archive.internal.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of a TrueType font as a parser wants them, read from a memory map of the file: fontbox
 * copies the whole of whatever it is given into memory, and reads files page by page, so a face of a
 * large collection costs several copies of the collection when handed over as a file or a stream.
 * Here it costs one copy of the face's own tables.
 */
final class FontBytes {

    /** The tag of a TrueType collection's header ({@code ttcf}). */
    private static final int TTC_TAG = 0x74746366;
    /** The size of a font's offset table, before its table records. */
    private static final int OFFSET_TABLE = 12;
    /** The size of one table record: tag, checksum, offset, length. */
    private static final int TABLE_RECORD = 16;

    private FontBytes() {
    }

    /** @return the bytes of a {@code .ttf} file */
    static ByteBuffer of(Path file) throws IOException {
        return map(file);
    }

    /**
     * The face at {@code index} of a collection ({@code .ttc}), as a font file of its own: its
     * offset table and table records, then its tables, each at a new offset.
     *
     * @throws IOException when the file cannot be read or is no collection with such a face
     */
    static ByteBuffer face(Path file, int index) throws IOException {
        ByteBuffer ttc = map(file);
        if (ttc.getInt(0) != TTC_TAG || index < 0 || index >= ttc.getInt(8)) {
            throw new IOException("no face " + index + " in the collection " + file.getFileName());
        }
        int font = ttc.getInt(12 + 4 * index);
        int tables = Short.toUnsignedInt(ttc.getShort(font + 4));
        int header = OFFSET_TABLE + TABLE_RECORD * tables;
        long size = header;
        for (int i = 0; i < tables; i++) {
            size += padded(Integer.toUnsignedLong(ttc.getInt(font + OFFSET_TABLE + TABLE_RECORD * i + 12)));
        }
        if (size > Integer.MAX_VALUE) {
            throw new IOException("the face " + index + " of " + file.getFileName() + " is too large");
        }
        ByteBuffer face = ByteBuffer.allocate((int) size);
        face.put(ttc.slice(font, header));
        int offset = header;
        for (int i = 0; i < tables; i++) {
            int record = OFFSET_TABLE + TABLE_RECORD * i;
            int from = ttc.getInt(font + record + 8);
            int length = ttc.getInt(font + record + 12);
            face.putInt(record + 8, offset);
            face.put(offset, ttc, from, length);
            offset += (int) padded(length);
        }
        return face.clear();
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
