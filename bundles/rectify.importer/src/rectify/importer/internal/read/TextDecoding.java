package rectify.importer.internal.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/**
 * Finds the character set of a text file: a byte order mark (UTF-8, UTF-16, GB18030) says it;
 * otherwise the first of UTF-8, GBK and GB18030 that decodes every byte. Files with NUL bytes or
 * many control characters are binary.
 */
final class TextDecoding {

    /** The text and the name of the character set it was decoded from. */
    record Decoded(String charset, String text) {
    }

    private static final Charset GBK = Charset.forName("GBK"); //$NON-NLS-1$
    private static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$

    private TextDecoding() {
    }

    static Decoded decode(Path file, byte[] bytes) throws ImportException {
        Decoded marked = byOrderMark(bytes);
        if (marked == null) {
            if (hasNul(bytes)) {
                throw ImportException.of(file, Problem.BINARY, null);
            }
            marked = firstThatFits(bytes);
        }
        if (marked == null || marked.text() == null) {
            throw ImportException.of(file, controls(bytes) ? Problem.BINARY : Problem.UNKNOWN_ENCODING, null);
        }
        if (controls(marked.text())) {
            throw ImportException.of(file, Problem.BINARY, null);
        }
        return marked;
    }

    private static Decoded byOrderMark(byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded("UTF-8 (BOM)", strict(StandardCharsets.UTF_8, b, 3)); //$NON-NLS-1$
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new Decoded("UTF-16LE (BOM)", strict(StandardCharsets.UTF_16LE, b, 2)); //$NON-NLS-1$
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new Decoded("UTF-16BE (BOM)", strict(StandardCharsets.UTF_16BE, b, 2)); //$NON-NLS-1$
        }
        if (starts(b, 0x84, 0x31, 0x95, 0x33)) {
            return new Decoded("GB18030 (BOM)", strict(GB18030, b, 4)); //$NON-NLS-1$
        }
        return null;
    }

    private static Decoded firstThatFits(byte[] bytes) {
        for (Charset charset : new Charset[] { StandardCharsets.UTF_8, GBK, GB18030 }) {
            String text = strict(charset, bytes, 0);
            if (text != null) {
                return new Decoded(charset.name(), text);
            }
        }
        return null;
    }

    /** @return the bytes from {@code offset} decoded, or {@code null} when one does not fit */
    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** @return whether more than one character in a thousand (and more than a few) is a control character */
    private static boolean controls(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                count++;
            }
        }
        return count > Math.max(4, text.length() / 1000);
    }

    private static boolean controls(byte[] bytes) {
        return controls(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1A)
                || c == 0x7F || c == '\uFFFD';
    }
}
