package rectify.archive;

import java.io.IOException;
import java.util.Objects;

/**
 * Archiving failed; no file was written (a file that was there before is unchanged). The message
 * is a sentence in the user's language that says what is wrong and, for fonts, what to do.
 */
public class ArchiveException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** No usable font for a role; the message lists what to install. */
        NO_FONT,
        /** A font the user chose cannot be used. */
        BAD_FONT,
        /** The file could not be written. */
        WRITE_FAILED
    }

    private final Problem problem;

    /**
     * @param problem what went wrong
     * @param message the complete message
     * @param cause the underlying exception, or {@code null}
     */
    public ArchiveException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
    }

    /** @return what went wrong */
    public Problem getProblem() {
        return problem;
    }
}
