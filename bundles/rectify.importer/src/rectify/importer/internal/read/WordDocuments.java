package rectify.importer.internal.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/**
 * Word documents (.docx) through Apache POI: the paragraphs of the body in document order,
 * those in tables and content controls included, each with its heading level and the label of
 * Word's automatic numbering. A soft line break starts a new paragraph, as it looks on the page.
 */
final class WordDocuments {

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final WordStyles styles;
    private final WordNumbering numbering;
    private int position;

    private WordDocuments(XWPFDocument document) {
        styles = new WordStyles(document.getStyles());
        numbering = new WordNumbering(document.getNumbering());
    }

    static SourceDocument read(Path file) throws ImportException {
        ZipGuard.check(file);
        OPCPackage container = null;
        try {
            container = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XWPFDocument document = new XWPFDocument(container);
            WordDocuments reader = new WordDocuments(document);
            document.getBodyElements().forEach(reader::add);
            if (reader.paragraphs.isEmpty()) {
                throw ImportException.of(file, Problem.EMPTY, null);
            }
            return new SourceDocument(file, SourceDocument.WORD, false, reader.paragraphs);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw DocumentReader.damaged(file, e);
        } finally {
            if (container != null) {
                container.revert();
            }
        }
    }

    private void add(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            add(paragraph);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(this::add);
                }
            }
        } else if (element instanceof XWPFSDT control) {
            position++;
            addLines(control.getContent().getText(), 0, false, null);
        }
    }

    private void add(XWPFParagraph paragraph) {
        position++;
        String label = numbering.next(styles.numbering(paragraph));
        addLines(paragraph.getText(), styles.headingLevel(paragraph), styles.isTitle(paragraph), label);
    }

    private void addLines(String text, int headingLevel, boolean title, String label) {
        String numberLabel = label;
        for (String line : text.split("\n")) { //$NON-NLS-1$
            String stripped = Paragraph.strip(line);
            if (!stripped.isEmpty()) {
                paragraphs.add(new Paragraph(position, stripped, headingLevel, title, numberLabel));
                numberLabel = null;
            }
        }
    }
}
