package rectify.importer;

import java.util.Objects;

/**
 * One thing the recognition found, guessed or could not place, in the user's language.
 *
 * @param kind what sort of finding it is
 * @param position the line (text files) or paragraph (Word documents) it is about, 1-based; 0
 *        for the document as a whole
 * @param message what was found, a sentence
 */
public record Finding(Kind kind, int position, String message) {

    /** The sorts of findings. */
    public enum Kind {
        /** Found as written: a part, the counts of its elements, a fact of the preamble. */
        RECOGNISED,
        /** Guessed from position and shape, as a label that is missing: worth checking. */
        INFERRED,
        /** A paragraph with no place in the structure, kept as a note of the record. */
        NOT_PLACED
    }

    public Finding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(message);
    }
}
