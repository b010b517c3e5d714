package rectify.ledger.export;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import rectify.ledger.internal.Messages;

/**
 * An export that failed; the file is then as it was before. The message names the file and the
 * reason in the user's language.
 */
public class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the file the export was written to
     * @param cause why it failed
     */
    public ExportException(Path file, Throwable cause) {
        super(NLS.bind(Messages.exportFailed, file.toAbsolutePath().normalize(), reason(cause)), cause);
        this.file = file;
    }

    /** @return the file the export was written to */
    public Path getFile() {
        return file;
    }

    private static String reason(Throwable cause) {
        if (cause instanceof FileSystemException e && e.getReason() != null) {
            return e.getReason();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
