package rectify.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import rectify.core.io.GuardedInputStream.ValueTooLongException;
import rectify.core.io.RegisterFileException.Problem;
import rectify.model.Register;

/**
 * Loads a register file completely or not at all, and turns whatever went wrong into a
 * {@link RegisterFileException} that says what and where.
 */
final class RegisterLoader {

    private static final int SNIFF_BYTES = 4096;
    private static final int SHOWN_VALUE_CHARS = 80;
    /** A name the parser quotes in its message, such as the element of a mismatched end tag. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\s<>/]{1,80})\""); //$NON-NLS-1$

    private RegisterLoader() {
    }

    static Resource load(ResourceSet set, Path file, RegisterMigrations migrations) throws RegisterFileException {
        BasicFileAttributes attributes = precheck(file);
        URI uri = RegisterFiles.fileURI(file);
        if (set.getResource(uri, false) != null) {
            throw new IllegalArgumentException("the resource set already holds " + uri); //$NON-NLS-1$
        }
        RegisterFiles.registerLocally(set);
        RegisterResource resource = new RegisterResource(uri);
        resource.setMigrations(migrations);
        resource.setAttributesBeforeLoad(attributes);
        set.getResources().add(resource);
        RegisterFileException failure;
        GuardedInputStream input = null;
        try (InputStream raw = Files.newInputStream(file)) {
            input = new GuardedInputStream(new BufferedInputStream(raw, 1 << 16));
            resource.load(input, null);
            failure = verify(file, resource);
        } catch (IOException | RuntimeException e) {
            failure = classify(file, resource.getErrors(), e, input);
        } catch (Error e) {
            discard(set, resource);
            throw e;
        }
        if (failure != null) {
            discard(set, resource);
            throw failure;
        }
        return resource;
    }

    /** @return the failure of a load that threw nothing, or {@code null} when it is complete */
    private static RegisterFileException verify(Path file, Resource resource) {
        if (!resource.getErrors().isEmpty()) {
            return classify(file, resource.getErrors(), null, null);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Register)) {
            return RegisterFileException.loading(file, Problem.NOT_A_REGISTER, Messages.noRegister, -1, -1, null);
        }
        return null;
    }

    private static void discard(ResourceSet set, Resource resource) {
        try {
            resource.unload();
        } catch (RuntimeException e) {
            // what is left is dropped with the resource
        }
        set.getResources().remove(resource);
    }

    /**
     * Refuses, before parsing, what is not a register file at all.
     *
     * @return the file's attributes, read before its content
     */
    private static BasicFileAttributes precheck(Path file) throws RegisterFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw RegisterFileException.loading(file, Problem.NOT_FOUND, -1, -1, e);
        } catch (IOException e) {
            throw RegisterFileException.loading(file, Problem.UNREADABLE, -1, -1, e, FileNames.reason(e));
        }
        if (!attributes.isRegularFile()) {
            throw RegisterFileException.loading(file, Problem.NOT_A_FILE, -1, -1, null,
                    FileKind.of(file, attributes).describe());
        }
        if (attributes.size() == 0) {
            throw RegisterFileException.loading(file, Problem.EMPTY, -1, -1, null);
        }
        byte[] head = new byte[(int) Math.min(SNIFF_BYTES, attributes.size())];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw RegisterFileException.loading(file, Problem.UNREADABLE, -1, -1, e, FileNames.reason(e));
        }
        sniff(file, head, length, attributes.size());
        return attributes;
    }

    /** Tells binary data, text that is not XML and white space only from XML. */
    private static void sniff(Path file, byte[] head, int length, long size) throws RegisterFileException {
        int start = 0;
        if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            start = 3;
        } else if (length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
                || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            return; // UTF-16 with a byte order mark: the parser decides
        }
        int line = 1;
        int column = 1;
        int firstLine = -1;
        int firstColumn = -1;
        int first = -1;
        for (int i = start; i < length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                throw RegisterFileException.loading(file, Problem.BINARY, line, column, null);
            }
            if (first < 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                first = b;
                firstLine = line;
                firstColumn = column;
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xc0) != 0x80) {
                column++;
            }
        }
        if (first < 0 && length == size) {
            throw RegisterFileException.loading(file, Problem.EMPTY, -1, -1, null);
        }
        if (first >= 0 && first != '<') {
            throw RegisterFileException.loading(file, Problem.NOT_XML, firstLine, firstColumn, null);
        }
    }

    /** Turns what went wrong into the exception that says what and where. */
    private static RegisterFileException classify(Path file, List<Resource.Diagnostic> errors, Throwable thrown,
            GuardedInputStream input) {
        List<Throwable> chain = chain(thrown);
        LoadProblem problem = find(chain, LoadProblem.class);
        Throwable first = errors.isEmpty() || !(errors.get(0) instanceof Throwable t) ? null : t;
        if (problem != null && (first == null || line(first) <= 0 || line(first) > problem.line)) {
            return problem.toException(file);
        }
        ValueTooLongException tooLong = find(chain, ValueTooLongException.class);
        if (tooLong != null) {
            int[] position = position(file, tooLong.offset);
            return RegisterFileException.loading(file, Problem.VALUE_TOO_LONG, position[0], position[1], null,
                    Integer.valueOf(GuardedInputStream.MAX_VALUE_BYTES >> 20));
        }
        if (first != null) {
            chain = chain(first);
        }
        XMIException diagnostic = find(chain, XMIException.class);
        int line = diagnostic != null ? diagnostic.getLine() : -1;
        int column = diagnostic != null ? diagnostic.getColumn() : -1;
        if (find(chain, UnresolvedReferenceException.class) instanceof UnresolvedReferenceException e) {
            return RegisterFileException.loading(file, Problem.DANGLING_REFERENCE, e.getLine(), e.getColumn(), null,
                    e.getReference());
        }
        if (find(chain, FeatureNotFoundException.class) instanceof FeatureNotFoundException e) {
            return RegisterFileException.loading(file, Problem.UNKNOWN_FEATURE, e.getLine(), e.getColumn(), null,
                    e.getName());
        }
        if (find(chain, ClassNotFoundException.class) instanceof ClassNotFoundException e) {
            return RegisterFileException.loading(file, Problem.UNKNOWN_TYPE, e.getLine(), e.getColumn(), null,
                    e.getName());
        }
        if (find(chain, PackageNotFoundException.class) instanceof PackageNotFoundException e) {
            return RegisterFileException.loading(file, Problem.UNKNOWN_NAMESPACE, e.getLine(), e.getColumn(), null,
                    e.uri());
        }
        if (find(chain, IllegalValueException.class) instanceof IllegalValueException e) {
            String feature = e.getFeature() == null ? "?" : e.getFeature().getName(); //$NON-NLS-1$
            return RegisterFileException.loading(file, Problem.ILLEGAL_VALUE, e.getLine(), e.getColumn(), null,
                    shorten(String.valueOf(e.getValue())), feature);
        }
        if (find(chain, SAXParseException.class) instanceof SAXParseException e) {
            return parseError(file, e, input);
        }
        if (diagnostic != null) {
            return RegisterFileException.loading(file, Problem.DAMAGED, line, column, diagnostic);
        }
        if (thrown instanceof IOException e) {
            Problem kind = e instanceof AccessDeniedException ? Problem.UNREADABLE : Problem.READ_FAILED;
            return RegisterFileException.loading(file, kind, -1, -1, e, FileNames.reason(e));
        }
        return RegisterFileException.loading(file, Problem.DAMAGED, line, column, first != null ? first : thrown);
    }

    private static RegisterFileException parseError(Path file, SAXParseException e, GuardedInputStream input) {
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        SAXParseException cause = new SAXParseException(e.getMessage(), null, null, line, column);
        if (containsDoctype(file, line)) {
            return RegisterFileException.loading(file, Problem.DOCTYPE, line, column, null);
        }
        if (input != null && input.endReached() && atEnd(file, line, column)) {
            return RegisterFileException.loading(file, Problem.TRUNCATED, line, column, cause);
        }
        // the parser's own sentence is for programmers (and in English): the message gives the
        // place and, when the parser quotes one, the name found there
        Matcher quoted = QUOTED.matcher(String.valueOf(e.getMessage()));
        return quoted.find()
                ? RegisterFileException.loading(file, Problem.MALFORMED, line, column, cause, shorten(quoted.group(1)))
                : RegisterFileException.loading(file, Problem.MALFORMED, Messages.malformedHere, line, column, cause);
    }

    /** @return whether the file has {@code <!DOCTYPE} up to the given line */
    private static boolean containsDoctype(Path file, int lastLine) {
        byte[] pattern = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII); //$NON-NLS-1$
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int line = 1;
            int matched = 0;
            int b;
            while ((b = in.read()) >= 0 && (lastLine <= 0 || line <= lastLine)) {
                if (b == '\n') {
                    line++;
                }
                matched = b == pattern[matched] ? matched + 1 : b == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    return true;
                }
            }
        } catch (IOException e) {
            // not known: not a document type declaration then
        }
        return false;
    }

    /** @return whether the position is at the end of the file (the last line, at or after its end) */
    private static boolean atEnd(Path file, int line, int column) {
        int[] end = position(file, Long.MAX_VALUE);
        return line > end[0] || line == end[0] && (column <= 0 || column >= end[1] - 1);
    }

    /** @return the line and column (1-based, in characters) of a byte offset, or of the end */
    private static int[] position(Path file, long offset) {
        int line = 1;
        int column = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            long read = 0;
            int count;
            while (read < offset && (count = in.read(buffer, 0, (int) Math.min(buffer.length, offset - read))) > 0) {
                for (int i = 0; i < count; i++) {
                    int b = buffer[i] & 0xff;
                    if (b == '\n') {
                        line++;
                        column = 1;
                    } else if ((b & 0xc0) != 0x80) {
                        column++;
                    }
                }
                read += count;
            }
        } catch (IOException e) {
            return new int[] { -1, -1 };
        }
        return new int[] { line, column };
    }

    private static int line(Throwable t) {
        return t instanceof XMIException x ? x.getLine() : t instanceof SAXParseException s ? s.getLineNumber() : -1;
    }

    private static List<Throwable> chain(Throwable t) {
        List<Throwable> chain = new ArrayList<>();
        while (t != null && chain.size() < 16 && !chain.contains(t)) {
            chain.add(t);
            Throwable next = t.getCause();
            if (t instanceof SAXException s && s.getException() != null) {
                next = s.getException();
            } else if (t instanceof WrappedException w && w.exception() != null) {
                next = w.exception();
            }
            t = next;
        }
        return chain;
    }

    private static <T> T find(List<Throwable> chain, Class<T> type) {
        for (Throwable t : chain) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String shorten(String text) {
        int max = SHOWN_VALUE_CHARS;
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String oneLine = FileNames.escape(text.replaceAll("\\s+", " ").strip()); //$NON-NLS-1$ //$NON-NLS-2$
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "\u2026"; //$NON-NLS-1$
    }
}
