package rectify.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * File names as messages show them and as file systems take them. A name shown to the user is
 * absolute, has its control and formatting characters escaped (a name cannot move the cursor of a
 * terminal, or reverse the text around it), and a very long one is shortened in the middle. A name
 * made from a title is shortened to the bytes a file system takes, keeping its extension.
 */
public final class FileNames {

    /** The longest file name (one path element) common file systems take, in bytes of UTF-8. */
    public static final int MAX_NAME_BYTES = 255;

    /** The reason the system gives for a name longer than it takes (ENAMETOOLONG). */
    private static final String NAME_TOO_LONG = "File name too long"; //$NON-NLS-1$
    /** The longest path a message shows whole, in characters. */
    private static final int SHOWN_CHARS = 300;

    private FileNames() {
    }

    /**
     * @param file a path, as the user gave it
     * @return the absolute path, escaped and shortened for a message
     */
    public static String display(Path file) {
        String text;
        try {
            text = file.toAbsolutePath().normalize().toString();
        } catch (java.io.IOError | SecurityException e) {
            text = file.toString();
        }
        return display(text);
    }

    /**
     * @param name a file name or path as the user typed it, which may not even be a valid path
     * @return the name escaped and shortened for a message
     */
    public static String display(String name) {
        String escaped = escape(name);
        if (escaped.codePointCount(0, escaped.length()) <= SHOWN_CHARS) {
            return escaped;
        }
        int half = SHOWN_CHARS / 2;
        int headEnd = escaped.offsetByCodePoints(0, half);
        int tailStart = escaped.offsetByCodePoints(escaped.length(), -half);
        return escaped.substring(0, headEnd) + "\u2026" + escaped.substring(tailStart); //$NON-NLS-1$
    }

    /**
     * @param text some text
     * @return the text with control and formatting characters (line ends, escape, bidirectional
     *         overrides…) written as {@code \n}, {@code \t}, {@code \r}, or a backslash, {@code u} and four hex digits
     */
    public static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean control = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (control && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                if (!control) {
                    escaped.appendCodePoint(c);
                } else if (c == '\n') {
                    escaped.append("\\n"); //$NON-NLS-1$
                } else if (c == '\r') {
                    escaped.append("\\r"); //$NON-NLS-1$
                } else if (c == '\t') {
                    escaped.append("\\t"); //$NON-NLS-1$
                } else {
                    escaped.append(String.format("\\u%04x", c)); //$NON-NLS-1$
                }
            }
            i += Character.charCount(c);
        }
        return escaped == null ? text : escaped.toString();
    }

    /**
     * Shortens a file name so that it takes at most {@code maxBytes} bytes in UTF-8, keeping its
     * extension (from the last dot, when that is short) and whole characters.
     *
     * @param name a file name
     * @param maxBytes the most bytes it may take
     * @return the name, shortened when it is longer
     */
    public static String fit(String name, int maxBytes) {
        if (bytes(name) <= maxBytes) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : ""; //$NON-NLS-1$
        String stem = name.substring(0, name.length() - extension.length());
        int budget = Math.max(0, maxBytes - bytes(extension));
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length();) {
            int c = stem.codePointAt(i);
            int size = bytes(Character.toString(c));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(c);
            used += size;
            i += Character.charCount(c);
        }
        return kept + extension;
    }

    /**
     * @param e what a file operation threw
     * @return why it failed, for a message: the system's reason (in the user's language where it
     *         is one Rectify knows), without class names
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException a && a.getReason() == null) {
            return Messages.permissionDenied;
        }
        if (e instanceof NoSuchFileException n && n.getReason() == null) {
            return Messages.noSuchFile;
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (NAME_TOO_LONG.equals(reason)) {
            return Messages.nameTooLong;
        }
        return reason != null ? reason : Messages.unexpected;
    }

    /** @return how many bytes the text takes in UTF-8 */
    public static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
