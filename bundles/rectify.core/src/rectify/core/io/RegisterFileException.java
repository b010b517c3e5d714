package rectify.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.osgi.util.NLS;

/**
 * A register file that cannot be read or written. The message is a sentence in the user's
 * language that names the file, the position when it is known and what is wrong.
 */
public class RegisterFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** The file does not exist. */
        NOT_FOUND,
        /** The path is a folder or another kind of non-regular file. */
        NOT_A_FILE,
        /** The file exists but may not be read. */
        UNREADABLE,
        /** The file has no content, or only white space. */
        EMPTY,
        /** The file holds binary data. */
        BINARY,
        /** The file is text but not XML. */
        NOT_XML,
        /** The XML is not well-formed. */
        MALFORMED,
        /** The file ends before the register does. */
        TRUNCATED,
        /** The file has a document type declaration, refused for safety. */
        DOCTYPE,
        /** The file is XML of another kind. */
        FOREIGN,
        /** The file is in the register namespace but its root is not a register. */
        NOT_A_REGISTER,
        /** The file was written with a newer schema. */
        NEWER_VERSION,
        /** The file was written with an older schema that cannot be migrated. */
        OLDER_VERSION,
        /** Two elements have the same identifier. */
        DUPLICATE_ID,
        /** A reference names an identifier no element has. */
        DANGLING_REFERENCE,
        /** A reference points into another file. */
        EXTERNAL_REFERENCE,
        /** An element or attribute the schema does not have. */
        UNKNOWN_FEATURE,
        /** An element type the schema does not have. */
        UNKNOWN_TYPE,
        /** A namespace that is not the register's. */
        UNKNOWN_NAMESPACE,
        /** A value that does not fit its attribute. */
        ILLEGAL_VALUE,
        /** A single value larger than any register needs. */
        VALUE_TOO_LONG,
        /** Any other damage of the content. */
        DAMAGED,
        /** An input error while reading. */
        READ_FAILED,
        /** The file could not be written; the previous file is unchanged. */
        SAVE_FAILED,
        /** Another writer held the file's lock for longer than the wait; nothing was written. */
        LOCKED,
        /** The file changed on disk since it was read; it was not overwritten. */
        CHANGED_ON_DISK
    }

    private final transient Path file;
    private final Problem problem;
    private final int line;
    private final int column;

    /**
     * @param file the register file
     * @param problem what is wrong
     * @param line the line (1-based), or -1 when unknown
     * @param column the column (1-based), or -1 when unknown
     * @param message the complete message, naming the file and the position
     * @param cause the underlying exception, or {@code null}
     */
    public RegisterFileException(Path file, Problem problem, int line, int column, String message,
            Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file);
        this.problem = Objects.requireNonNull(problem);
        this.line = line > 0 ? line : -1;
        this.column = line > 0 && column > 0 ? column : -1;
    }

    /**
     * Makes the exception of a file that cannot be opened, with the message in the user's
     * language.
     */
    public static RegisterFileException loading(Path file, Problem problem, int line, int column, Throwable cause,
            Object... details) {
        return loading(file, problem, text(problem), line, column, cause, details);
    }

    /**
     * Makes the exception of a file that cannot be opened, with the message in the user's
     * language; {@code text} is the pattern of what is wrong, bound to {@code details}.
     */
    static RegisterFileException loading(Path file, Problem problem, String text, int line, int column,
            Throwable cause, Object... details) {
        String where = line <= 0 ? "" //$NON-NLS-1$
                : column <= 0 ? NLS.bind(Messages.positionLine, line)
                        : NLS.bind(Messages.position, line, column);
        String what = NLS.bind(text, details);
        String message = NLS.bind(Messages.loadFrame, new Object[] { display(file), where, what });
        return new RegisterFileException(file, problem, line, column, message, cause);
    }

    /** Makes the exception of a save that failed, with the message in the user's language. */
    public static RegisterFileException saving(Path file, Throwable cause) {
        String reason = cause instanceof IOException e ? FileNames.reason(e) : Messages.unexpected;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DanglingHREFException) {
                reason = Messages.danglingOnSave;
            }
        }
        String message = NLS.bind(Messages.saveFrame, display(file), reason);
        return new RegisterFileException(file, Problem.SAVE_FAILED, -1, -1, message, cause);
    }

    /** Makes the exception of a lock another writer kept for longer than {@code wait}. */
    static RegisterFileException locked(Path file, Duration wait) {
        String message = NLS.bind(Messages.locked, display(file), Long.valueOf(Math.max(1, wait.toSeconds())));
        return new RegisterFileException(file, Problem.LOCKED, -1, -1, message, null);
    }

    /** Makes the exception of a save that found the file changed on disk since it was read. */
    public static RegisterFileException changedOnDisk(Path file) {
        String message = NLS.bind(Messages.changedOnDisk, display(file));
        return new RegisterFileException(file, Problem.CHANGED_ON_DISK, -1, -1, message, null);
    }

    private static String display(Path file) {
        return FileNames.display(file);
    }

    private static String text(Problem problem) {
        return switch (problem) {
            case NOT_FOUND -> Messages.notFound;
            case NOT_A_FILE -> Messages.notAFile;
            case UNREADABLE -> Messages.unreadable;
            case EMPTY -> Messages.empty;
            case BINARY -> Messages.binary;
            case NOT_XML -> Messages.notXml;
            case MALFORMED -> Messages.malformed;
            case TRUNCATED -> Messages.truncated;
            case DOCTYPE -> Messages.doctype;
            case FOREIGN -> Messages.foreign;
            case NOT_A_REGISTER -> Messages.notARegister;
            case NEWER_VERSION -> Messages.newerVersion;
            case OLDER_VERSION -> Messages.olderVersion;
            case DUPLICATE_ID -> Messages.duplicateId;
            case DANGLING_REFERENCE -> Messages.danglingReference;
            case EXTERNAL_REFERENCE -> Messages.externalReference;
            case UNKNOWN_FEATURE -> Messages.unknownFeature;
            case UNKNOWN_TYPE -> Messages.unknownType;
            case UNKNOWN_NAMESPACE -> Messages.unknownNamespace;
            case ILLEGAL_VALUE -> Messages.illegalValue;
            case VALUE_TOO_LONG -> Messages.valueTooLong;
            case DAMAGED -> Messages.damaged;
            case READ_FAILED -> Messages.readFailed;
            case SAVE_FAILED -> Messages.saveFrame;
            case LOCKED -> Messages.locked;
            case CHANGED_ON_DISK -> Messages.changedOnDisk;
        };
    }

    /** @return the register file, as it was given */
    public Path getFile() {
        return file;
    }

    /** @return what is wrong with the file */
    public Problem getProblem() {
        return problem;
    }

    /** @return the line (1-based) where the problem is, or -1 when unknown */
    public int getLine() {
        return line;
    }

    /** @return the column (1-based) where the problem is, or -1 when unknown */
    public int getColumn() {
        return column;
    }
}
