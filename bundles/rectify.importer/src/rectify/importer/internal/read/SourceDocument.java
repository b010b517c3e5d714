package rectify.importer.internal.read;

import java.nio.file.Path;
import java.util.List;

/**
 * A document read into its paragraphs with text.
 *
 * @param file the file
 * @param format what it was read as: a character set such as {@code UTF-8} or {@code GB18030},
 *        or {@link #WORD}
 * @param lines whether positions are lines of a text file rather than paragraphs of a Word
 *        document
 * @param paragraphs the paragraphs that have text, in document order
 */
public record SourceDocument(Path file, String format, boolean lines, List<Paragraph> paragraphs) {

    /** The format of Word documents. */
    public static final String WORD = "Word (.docx)"; //$NON-NLS-1$

    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
