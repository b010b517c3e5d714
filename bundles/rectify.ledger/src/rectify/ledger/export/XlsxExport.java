package rectify.ledger.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import rectify.core.io.AtomicSave;
import rectify.ledger.Column;
import rectify.ledger.Table;

/**
 * Writes tables as an Excel workbook (.xlsx), one sheet per table, streamed (Apache POI's SXSSF:
 * only a window of rows is in memory, so a ledger of 100,000 measures takes seconds): a bold header
 * row that stays in view and has filter buttons, dates as dates, numbers as numbers, texts with line
 * breaks wrapped. A text longer than a cell holds (32,767 characters) is cut there.
 */
public final class XlsxExport {

    /** The longest text a cell of a workbook holds. */
    public static final int MAX_CELL_TEXT = 32_767;

    private static final int ROW_WINDOW = 500;

    private XlsxExport() {
    }

    /**
     * Writes tables to a file, atomically.
     *
     * @param tables the tables, one sheet each, in order
     * @param file the .xlsx file
     * @throws ExportException when the file cannot be written; it is then as it was
     */
    public static void write(List<Table<?>> tables, Path file) throws ExportException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (Table<?> table : tables) {
                writeSheet(workbook.createSheet(sheetName(table.title(), names)), table, styles);
            }
            AtomicSave.replace(file, workbook::write);
        } catch (IOException | RuntimeException e) {
            throw new ExportException(file, e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // the file is written or the export failed already; only temporary files are left
            }
        }
    }

    private static <R> void writeSheet(Sheet sheet, Table<R> table, Styles styles) {
        List<? extends Column<R>> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width() * 2 + 2) * 256);
        }
        int r = 1;
        for (R row : table.rows()) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value(row);
                if (value != null) {
                    write(line.createCell(c), value, styles);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    }

    private static void write(Cell cell, Object value, Styles styles) {
        switch (value) {
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            default -> {
                String text = value.toString();
                cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
                cell.setCellStyle(text.indexOf('\n') >= 0 ? styles.wrapped : styles.text);
            }
        }
    }

    /** A sheet name Excel accepts (at most 31 characters, none of []:*?/\), unique in the workbook. */
    private static String sheetName(String title, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Sheet" : title); //$NON-NLS-1$
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ')'; //$NON-NLS-1$
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The few cell styles of a workbook, made once: a workbook holds at most 64,000. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            date = workbook.createCellStyle();
            date.cloneStyleFrom(text);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd")); //$NON-NLS-1$
        }
    }
}
