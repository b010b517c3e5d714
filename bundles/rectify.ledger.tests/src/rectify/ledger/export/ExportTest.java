package rectify.ledger.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.ledger.Column;
import rectify.ledger.Ledger;
import rectify.ledger.LedgerColumn;
import rectify.ledger.LedgerFixture;
import rectify.ledger.LedgerRow;
import rectify.ledger.Table;
import rectify.ledger.lists.ProblemList;
import rectify.ledger.lists.ResponsibilityList;
import rectify.ledger.lists.TaskList;

/** Exports read back: CSV with a strict parser, .xlsx with Apache POI; failed exports change nothing. */
class ExportTest {

    @TempDir
    Path dir;

    private final LedgerFixture f = new LedgerFixture();

    @Test
    void csvStartsWithTheByteOrderMarkAndReadsBackExactly() throws IOException {
        f.m1.setHeadline("健全\"理论学习\"制度, 并落实。");
        Path file = dir.resolve("台账.csv");
        List<LedgerRow> rows = f.rows();
        CsvExport.write(Ledger.table(rows), file);

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3),
                "UTF-8 BOM for Excel");
        List<List<String>> records = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(1 + rows.size(), records.size());
        assertEquals(Stream.of(LedgerColumn.values()).map(LedgerColumn::header).toList(), records.get(0));
        for (int r = 0; r < rows.size(); r++) {
            for (LedgerColumn column : LedgerColumn.values()) {
                assertEquals(Table.text(column.value(rows.get(r))), records.get(r + 1).get(column.ordinal()),
                        "row " + r + ", " + column);
            }
        }
        assertEquals("健全\"理论学习\"制度, 并落实。", records.get(1).get(LedgerColumn.MEASURE.ordinal()));
        assertEquals("1.1 理论学习与业务工作结合不够紧密。\n1.2 运用理论指导实践的能力有待提高。",
                records.get(2).get(LedgerColumn.PROBLEMS.ordinal()), "a field spanning lines");
        assertEquals(LedgerFixture.TODAY.minusDays(5).toString(), records.get(3).get(LedgerColumn.DEADLINE.ordinal()));
        assertEquals("-5", records.get(3).get(LedgerColumn.DAYS_LEFT.ordinal()));
        assertEquals("已逾期", records.get(3).get(LedgerColumn.LIGHT.ordinal()));
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertEquals("整改", CsvExport.field("整改"));
        assertEquals("", CsvExport.field(""));
        assertEquals("\"a,b\"", CsvExport.field("a,b"));
        assertEquals("\"say \"\"yes\"\"\"", CsvExport.field("say \"yes\""));
        assertEquals("\"two\r\nlines\"", CsvExport.field("two\r\nlines"));
        assertEquals("\" padded \"", CsvExport.field(" padded "));
    }

    @Test
    void xlsxHasTheLedgerAndTheThreeListsAsSheetsWithTypedCells() throws IOException {
        Path file = dir.resolve("整改台账.xlsx");
        List<LedgerRow> rows = f.rows();
        XlsxExport.write(List.of(Ledger.table(rows), ProblemList.table(rows), TaskList.table(rows),
                ResponsibilityList.table(rows)), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("整改台账", "问题清单", "任务清单", "责任清单"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                            workbook.getSheetName(3)));
            XSSFSheet ledger = workbook.getSheetAt(0);
            assertEquals(rows.size(), ledger.getLastRowNum());
            assertEquals("整改措施", ledger.getRow(0).getCell(LedgerColumn.MEASURE.ordinal()).getStringCellValue());
            assertTrue(ledger.getRow(0).getCell(0).getCellStyle().getFont().getBold(), "a bold header");
            assertTrue(ledger.getPaneInformation().isFreezePane(), "the header stays in view");

            XSSFRow m3 = ledger.getRow(3);
            assertEquals("精简会议文件。", m3.getCell(LedgerColumn.MEASURE.ordinal()).getStringCellValue());
            XSSFCell deadline = m3.getCell(LedgerColumn.DEADLINE.ordinal());
            assertEquals(CellType.NUMERIC, deadline.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(deadline), "a date, shown as a date");
            assertEquals(LedgerFixture.TODAY.minusDays(5), deadline.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(-5, m3.getCell(LedgerColumn.DAYS_LEFT.ordinal()).getNumericCellValue());
            assertEquals("已逾期", m3.getCell(LedgerColumn.LIGHT.ordinal()).getStringCellValue());
            XSSFCell problems = ledger.getRow(2).getCell(LedgerColumn.PROBLEMS.ordinal());
            assertTrue(problems.getStringCellValue().contains("\n") && problems.getCellStyle().getWrapText());
            assertNull(ledger.getRow(5).getCell(LedgerColumn.DEADLINE.ordinal()), "no deadline, no cell");

            XSSFSheet problemList = workbook.getSheetAt(1);
            assertEquals(4, problemList.getLastRowNum());
            assertEquals("基层重复填报问题突出。", problemList.getRow(1).getCell(ProblemList.Columns.PROBLEM.ordinal())
                    .getStringCellValue());
            XSSFSheet responsibility = workbook.getSheetAt(3);
            assertEquals(2,
                    responsibility.getRow(4).getCell(ResponsibilityList.Columns.COUNT.ordinal()).getNumericCellValue());
        }
    }

    @Test
    void aSecondExportReplacesTheFirstAndLeavesNothingElse() throws IOException {
        Path file = dir.resolve("台账.xlsx");
        XlsxExport.write(List.of(Ledger.table(f.rows())), file);
        XlsxExport.write(List.of(Ledger.table(f.rows().subList(0, 2))), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(2, workbook.getSheetAt(0).getLastRowNum());
        }
        assertEquals(List.of(file), listing());
    }

    @Test
    void aFailingCsvExportLeavesThePreviousFile() throws IOException {
        Path file = Files.writeString(dir.resolve("台账.csv"), "上一次的导出");
        ExportException e = assertThrows(ExportException.class, () -> CsvExport.write(failingTable(), file));
        System.out.println("csv failure -> " + e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("第三行出错"), e.getMessage());
        assertEquals("上一次的导出", Files.readString(file));
        assertEquals(List.of(file), listing(), "no temporary file is left");
    }

    @Test
    void aFailingXlsxExportLeavesThePreviousFile() throws IOException {
        Path file = Files.writeString(dir.resolve("台账.xlsx"), "上一次的导出");
        assertThrows(ExportException.class,
                () -> XlsxExport.write(List.of(Ledger.table(f.rows()), failingTable()), file));
        assertEquals("上一次的导出", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void anExportIntoAMissingFolderNamesTheFile() {
        Path file = dir.resolve("没有这个文件夹").resolve("台账.xlsx");
        ExportException e = assertThrows(ExportException.class,
                () -> XlsxExport.write(List.of(Ledger.table(f.rows())), file));
        System.out.println("missing folder -> " + e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() throws IOException {
        Path file = dir.resolve("x.xlsx");
        Column<LedgerRow> number = LedgerColumn.NUMBER;
        XlsxExport.write(List.of(new Table<>("台账[2026]/汇总", List.of(number), f.rows()),
                new Table<>("台账[2026]/汇总", List.of(number), f.rows())), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertFalse(workbook.getSheetName(0).matches(".*[\\[\\]/].*"),
                    "Excel refuses []/: " + workbook.getSheetName(0));
            assertEquals(workbook.getSheetName(0) + " (2)", workbook.getSheetName(1), "names are unique");
        }
    }

    /** A table whose third row fails, as a bug or a full disk would half-way through. */
    private Table<LedgerRow> failingTable() {
        List<LedgerRow> rows = f.rows();
        Column<LedgerRow> failing = () -> new Column.Spec<>("出错的列", 10, row -> {
            if (row == rows.get(2)) {
                throw new IllegalStateException("第三行出错");
            }
            return row.number();
        });
        return new Table<>("出错", List.of(LedgerColumn.NUMBER, failing), rows);
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
