package rectify.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a register file on their way to the XML parser. It refuses a single value
 * (the bytes between two {@code <}, which holds any attribute value or text) longer than
 * {@link #MAX_VALUE_BYTES}, so that a hostile or broken file cannot make the parser buffer
 * hundreds of megabytes, and it remembers whether the end of the file was reached, which tells
 * a truncated file from a malformed one.
 * <p>
 * It only looks at the last {@code <} of each chunk it passes on, so it costs next to nothing.
 */
final class GuardedInputStream extends FilterInputStream {

    /** The longest value a register may hold: 16 MiB, several thousand times a long text. */
    static final int MAX_VALUE_BYTES = 16 << 20;

    /** A value longer than {@link GuardedInputStream#MAX_VALUE_BYTES}. */
    static final class ValueTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        /** The offset in the file where the value starts. */
        final long offset;

        ValueTooLongException(long offset) {
            super("value longer than " + MAX_VALUE_BYTES + " bytes at offset " + offset); //$NON-NLS-1$ //$NON-NLS-2$
            this.offset = offset;
        }
    }

    private final int limit;
    private long position;
    private long run;
    private boolean endReached;

    GuardedInputStream(InputStream in) {
        this(in, MAX_VALUE_BYTES);
    }

    GuardedInputStream(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            endReached = true;
        } else {
            position++;
            run = b == '<' ? 0 : run + 1;
            check();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            endReached = true;
            return count;
        }
        position += count;
        int last = offset + count - 1;
        while (last >= offset && buffer[last] != '<') {
            last--;
        }
        run = last < offset ? run + count : offset + count - 1 - last;
        check();
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int count = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (count < 0) {
                break;
            }
            skipped += count;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check() throws ValueTooLongException {
        if (run > limit) {
            throw new ValueTooLongException(position - run);
        }
    }

    /** @return whether the end of the file was read */
    boolean endReached() {
        return endReached;
    }
}
