package rectify.importer.internal.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/**
 * PDF documents with a text layer, through PDFBox: the guard first makes sure that no stream
 * expands beyond what a document holds; then the text is taken line by line in reading order
 * and made into paragraphs ({@link PdfParagraphs}). A PDF that needs a password, a scan without
 * text, a PDF bomb and a damaged file are refused with a message that says so.
 */
final class PdfDocuments {

    private PdfDocuments() {
    }

    private static byte[] bytes(Path file) throws ImportException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw DocumentReader.unreadable(file, e);
        }
    }

    static SourceDocument read(Path file) throws ImportException {
        byte[] bytes = bytes(file);
        PdfGuard.checkNesting(file, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) {
                throw ImportException.of(file, Problem.DAMAGED, null, "no page can be read"); //$NON-NLS-1$
            }
            PdfGuard.check(file, pdf);
            List<PdfLines.Page> pages = new PdfLines().read(pdf);
            PdfParagraphs paragraphs = PdfParagraphs.of(pages);
            if (paragraphs.paragraphs().isEmpty()) {
                throw ImportException.of(file, Problem.NO_TEXT, null, pages.size());
            }
            return new SourceDocument(file, SourceDocument.PDF, false, paragraphs.paragraphs(), paragraphs.findings());
        } catch (InvalidPasswordException e) {
            throw ImportException.of(file, Problem.ENCRYPTED, e);
        } catch (StackOverflowError e) {
            throw ImportException.of(file, Problem.PDF_BOMB, null, PdfGuard.MAX_STREAM_BYTES >> 20,
                    PdfGuard.MAX_TOTAL_BYTES >> 20);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw DocumentReader.damaged(file, e);
        }
    }
}
