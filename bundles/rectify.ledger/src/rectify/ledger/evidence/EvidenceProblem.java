package rectify.ledger.evidence;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import rectify.ledger.internal.Messages;
import rectify.model.AttachedDocument;

/**
 * An evidence file that does not match its document.
 *
 * @param document the document
 * @param kind what is wrong
 * @param file the file the document's path leads to
 * @param detail the system's reason when the file cannot be read, or null
 */
public record EvidenceProblem(AttachedDocument document, Kind kind, Path file, String detail) {

    /** What is wrong with an evidence file. */
    public enum Kind {
        /** The file is not there. */
        MISSING,
        /** The file's size or SHA-256 differs from the ones recorded. */
        CHANGED,
        /** The file is there but cannot be read. */
        UNREADABLE
    }

    /** @return a sentence in the user's language naming the document and the file */
    public String message() {
        String title = document.getTitle() == null ? "" : document.getTitle(); //$NON-NLS-1$
        return switch (kind) {
            case MISSING -> NLS.bind(Messages.evidenceMissing, title, file);
            case CHANGED -> NLS.bind(Messages.evidenceChanged, title, file);
            case UNREADABLE -> NLS.bind(Messages.evidenceUnreadable, new Object[] { title, file, detail });
        };
    }
}
