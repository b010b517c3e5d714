package rectify.archive.internal.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * Buffers read one after the other as one sequence of bytes, without copying them into one: a
 * face of a collection is its rewritten header followed by tables that lie elsewhere in the map of
 * the collection. Not for use by several threads at once.
 */
final class JoinedBuffers implements RandomAccessRead {

    private final ByteBuffer[] parts;
    /** Where each part starts, and at the end the length of them all. */
    private final long[] starts;
    private long position;
    private boolean closed;

    /** @param parts the buffers, each from its position 0 to its limit */
    JoinedBuffers(List<ByteBuffer> parts) {
        this.parts = parts.toArray(ByteBuffer[]::new);
        starts = new long[this.parts.length + 1];
        for (int i = 0; i < this.parts.length; i++) {
            starts[i + 1] = starts[i] + this.parts[i].limit();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        open();
        if (length == 0) {
            return 0;
        }
        if (position >= length()) {
            return -1;
        }
        int read = 0;
        int part = part(position);
        while (read < length && part < parts.length) {
            int from = (int) (position - starts[part]);
            int count = (int) Math.min(length - read, parts[part].limit() - from);
            parts[part].get(from, bytes, offset + read, count);
            read += count;
            position += count;
            part++;
        }
        return read;
    }

    /** @return the part that holds the byte at {@code at}, which is before the end */
    private int part(long at) {
        int found = Arrays.binarySearch(starts, at);
        // an empty part starts where the next does: take the last part that starts there
        if (found >= 0) {
            while (found + 1 < parts.length && starts[found + 1] == at) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    @Override
    public long getPosition() throws IOException {
        open();
        return position;
    }

    @Override
    public void seek(long at) throws IOException {
        open();
        if (at < 0) {
            throw new IOException("Invalid position " + at);
        }
        position = Math.min(at, length());
    }

    @Override
    public long length() {
        return starts[parts.length];
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() throws IOException {
        open();
        return position >= length();
    }

    @Override
    public RandomAccessReadView createView(long start, long length) throws IOException {
        open();
        return new RandomAccessReadView(this, start, length);
    }

    @Override
    public void close() {
        closed = true;
    }

    private void open() throws IOException {
        if (closed) {
            throw new IOException("the font's bytes are closed");
        }
    }
}
