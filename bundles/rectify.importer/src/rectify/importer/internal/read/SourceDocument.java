package rectify.importer.internal.read;

import java.nio.file.Path;
import java.util.List;

import rectify.importer.Finding;

/**
 * A document read into its paragraphs with text.
 *
 * @param file the file
 * @param format what it was read as: a character set such as {@code UTF-8} or {@code GB18030},
 *        or {@link #WORD}, {@link #WORD_97} or {@link #PDF}
 * @param lines whether positions are lines of a text file rather than paragraphs of a document
 * @param paragraphs the paragraphs that have text, in document order
 * @param findings what reading found out about the document, such as the headers of a PDF it left
 *        out
 */
public record SourceDocument(Path file, String format, boolean lines, List<Paragraph> paragraphs,
        List<Finding> findings) {

    /** The format of Word documents. */
    public static final String WORD = "Word (.docx)"; //$NON-NLS-1$
    /** The format of Word 97-2003 documents. */
    public static final String WORD_97 = "Word 97-2003 (.doc)"; //$NON-NLS-1$
    /** The format of PDF documents. */
    public static final String PDF = "PDF"; //$NON-NLS-1$

    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
        findings = List.copyOf(findings);
    }

    /** A document of which reading has nothing to say. */
    public SourceDocument(Path file, String format, boolean lines, List<Paragraph> paragraphs) {
        this(file, format, lines, paragraphs, List.of());
    }
}
