package rectify.core.io;

import rectify.core.io.RegisterFileException.Problem;

/**
 * A problem the parse handler finds and stops at. It is unchecked so that it passes through
 * the XML parser and EMF unchanged; {@link RegisterFiles} turns it into a
 * {@link RegisterFileException}.
 */
final class LoadProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final Problem problem;
    final int line;
    final int column;
    final transient String text;
    final transient Object[] details;

    LoadProblem(Problem problem, int line, int column, Object... details) {
        this(problem, null, line, column, details);
    }

    /** @param text the pattern of the message, or {@code null} for the problem's usual one */
    LoadProblem(Problem problem, String text, int line, int column, Object... details) {
        super(problem.name(), null, false, false);
        this.problem = problem;
        this.text = text;
        this.line = line;
        this.column = column;
        this.details = details;
    }

    /** @return the exception that says what and where, for a file */
    RegisterFileException toException(java.nio.file.Path file) {
        return text == null ? RegisterFileException.loading(file, problem, line, column, this, details)
                : RegisterFileException.loading(file, problem, text, line, column, this, details);
    }
}
