package rectify.documents.internal;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import rectify.ledger.Column;
import rectify.ledger.Table;

/**
 * Writes paragraphs and tables where a block placeholder of a template stands, in the template's
 * styles: headings in Word's heading styles (一、 in {@value Styles#HEADING1}, （一） in
 * {@value Styles#HEADING2}), text in the normal style, tables in {@value Styles#TABLE} with a
 * header row repeated on every page.
 */
public final class Body {

    /** A table's width: all of the type area, in fiftieths of a per cent. */
    private static final int FULL_WIDTH = 5000;

    private final XWPFDocument document;
    private final XWPFParagraph anchor;

    Body(XWPFDocument document, XWPFParagraph anchor) {
        this.document = document;
        this.anchor = anchor;
    }

    /** @param text a heading of the first level, with its number, e.g. 一、存在的主要问题 */
    public void heading1(String text) {
        paragraph(Styles.HEADING1).createRun().setText(text);
    }

    /** @param text a heading of the second level, with its label, e.g. （一）在理论学习方面 */
    public void heading2(String text) {
        paragraph(Styles.HEADING2).createRun().setText(text);
    }

    /** @param text a paragraph of body text; nothing for an empty or blank text */
    public void text(String text) {
        if (text != null && !text.isBlank()) {
            paragraph(null).createRun().setText(text);
        }
    }

    /**
     * A paragraph of body text led by words in the font of second-level headings, as documents
     * write a cause: （一）headline in Kai, then the analysis.
     *
     * @param lead the leading words
     * @param text the rest
     */
    public void led(String lead, String text) {
        XWPFParagraph paragraph = paragraph(null);
        XWPFRun run = paragraph.createRun();
        run.setText(lead);
        run.setFontFamily(Styles.KAI, FontCharRange.eastAsia);
        if (text != null && !text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
    }

    /**
     * A table with a header row, repeated on each page, and a row per row of the table; a value
     * over several lines is a paragraph per line.
     *
     * @param table the table
     * @param <R> the type of its rows
     */
    public <R> void table(Table<R> table) {
        XmlCursor cursor = anchor.getCTP().newCursor();
        XWPFTable word = document.insertNewTbl(cursor);
        cursor.close();
        CTTblPr properties = word.getCTTbl().getTblPr() == null ? word.getCTTbl().addNewTblPr()
                : word.getCTTbl().getTblPr();
        properties.addNewTblStyle().setVal(Styles.TABLE);
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(BigInteger.valueOf(FULL_WIDTH));
        List<? extends Column<R>> columns = table.columns();
        int total = columns.stream().mapToInt(Column::width).sum();
        CTTblGrid grid = word.getCTTbl().getTblGrid() == null ? word.getCTTbl().addNewTblGrid()
                : word.getCTTbl().getTblGrid();
        XWPFTableRow header = word.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Styles.TYPE_WIDTH_TWIPS * columns.get(c).width() / total));
            XWPFTableCell cell = c < header.getTableCells().size() ? header.getCell(c) : header.addNewTableCell();
            cell.setWidth(Integer.toString(FULL_WIDTH * columns.get(c).width() / total));
            cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
            write(cell, columns.get(c).header(), Styles.TABLE_HEADING);
        }
        for (R row : table.rows()) {
            XWPFTableRow wordRow = word.createRow();
            wordRow.setCantSplitRow(true);
            for (int c = 0; c < columns.size(); c++) {
                write(wordRow.getCell(c), Table.text(columns.get(c).value(row)), Styles.TABLE_TEXT);
            }
        }
    }

    private static void write(XWPFTableCell cell, String text, String style) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < Math.max(1, lines.size()); i++) {
            XWPFParagraph paragraph = i < cell.getParagraphs().size() ? cell.getParagraphs().get(i)
                    : cell.addParagraph();
            paragraph.setStyle(style);
            if (i < lines.size()) {
                paragraph.createRun().setText(lines.get(i));
            }
        }
    }

    /** A new paragraph before the placeholder, in a style or the normal one ({@code null}). */
    private XWPFParagraph paragraph(String style) {
        XmlCursor cursor = anchor.getCTP().newCursor();
        XWPFParagraph paragraph = document.insertNewParagraph(cursor);
        cursor.close();
        if (style != null) {
            paragraph.setStyle(style);
        }
        return paragraph;
    }
}
