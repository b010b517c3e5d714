package rectify.documents;

/** A document that could not be written, with a message for the user that names the file and the problem. */
public final class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The template cannot be used: unreadable, not a Word document, a zip bomb, placeholders missing or unknown. */
        TEMPLATE,
        /** The record has nothing for the document. */
        NOTHING_TO_WRITE,
        /** The document cannot be written; nothing was. */
        WRITE_FAILED
    }

    private final Problem problem;

    /**
     * @param problem what went wrong
     * @param message the message for the user
     * @param cause the cause, or {@code null}
     */
    public DocumentException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** @return what went wrong */
    public Problem problem() {
        return problem;
    }
}
