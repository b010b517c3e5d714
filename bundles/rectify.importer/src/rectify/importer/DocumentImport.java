package rectify.importer;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import rectify.importer.internal.Messages;
import rectify.importer.internal.read.DocumentReader;
import rectify.importer.internal.read.SourceDocument;
import rectify.importer.internal.recognise.Recogniser;
import rectify.importer.internal.recognise.Recogniser.Recognition;

/**
 * Imports self-examination materials and inspection rectification reports, Word documents
 * (.docx and Word 97-2003 .doc), PDFs with a text layer and text files (.txt), as records:
 * {@link #read(Path)} reads and recognises a document into a record that belongs to no register
 * yet, with a report for review; {@link ImportResult#prepare} then fits it to a register, and
 * {@link RegisterImport} adds it to a register file.
 * <p>
 * The format is told by the content, not the name. Text may be UTF-8 (with or without a byte
 * order mark), GBK or GB18030, or UTF-16 with a byte order mark, with CRLF, LF or CR line ends.
 * A PDF's text is taken in reading order, its lines joined into paragraphs, its running headers,
 * footers and page numbers left out. Text files over 16 MB, Word documents and PDFs over 64 MB,
 * encrypted or damaged documents, zip bombs, PDF bombs, scans without text and binary files are
 * refused with an {@link ImportException} whose message names the file and the problem; refusing
 * takes bounded time and memory.
 * <p>
 * The structure is recognised as a reader does: part headings (一、存在的主要问题, 二、问题原因剖析,
 * 三、努力方向及整改措施 and their usual variants, with or without numbers, or in Word heading
 * styles); aspect, cause and direction labels （一） and (一); numbered problems and measures
 * (1. 1、 1．, or Word's automatic numbering); labels that are missing, told from the position
 * and shape of the paragraph; the headline as the first sentence; the examples (比如, 例如,
 * 还比如, 另外) apart from the explanation; and the preamble's facts (the notice and the plan in
 * 《》, the study, the opinions solicited with their channels and count, the talks). Paragraphs
 * with no place are kept as the review's notes: no sentence of the document is lost.
 */
public final class DocumentImport {

    /** The file name extensions of the documents imported, lower case, without the dot. */
    public static final List<String> EXTENSIONS = List.of("docx", "doc", "pdf", "txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private DocumentImport() {
    }

    /**
     * @param file a file
     * @return whether its name marks it as a document this importer reads (.docx, .doc, .pdf or
     *         .txt); for
     *         choosing files to offer, such as those dropped on a view
     */
    public static boolean accepts(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return EXTENSIONS.stream().anyMatch(extension -> name.endsWith("." + extension)); //$NON-NLS-1$
    }

    /**
     * Reads a document and recognises its structure. Nothing is written anywhere.
     *
     * @param file a Word document (.docx or .doc), a PDF or a text file
     * @return the record made from it, with the report of the recognition
     * @throws ImportException when the file cannot be read or is no such document
     */
    public static ImportResult read(Path file) throws ImportException {
        SourceDocument document = DocumentReader.read(file);
        Recognition recognition = Recogniser.recognise(document);
        String format = switch (document.format()) {
            case SourceDocument.WORD -> Messages.formatWord;
            case SourceDocument.WORD_97 -> Messages.formatWord97;
            case SourceDocument.PDF -> Messages.formatPdf;
            default -> NLS.bind(Messages.formatText, document.format());
        };
        List<Finding> findings = recognition.findings().stream().sorted(Comparator.comparingInt(Finding::position))
                .toList();
        RecognitionReport report = new RecognitionReport(file, format, document.lines(), findings);
        return new ImportResult(file, recognition.record(), recognition.notices(), recognition.people(),
                recognition.units(), report);
    }
}
