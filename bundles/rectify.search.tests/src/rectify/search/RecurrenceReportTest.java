package rectify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.model.Register;
import rectify.samples.Samples;

/** The report of the sample's worked example of 2025: its problems found in 2021, by aspect and unit, as a workbook. */
class RecurrenceReportTest {

    @TempDir
    Path dir;

    @Test
    void listsTheConfirmedAndLikelyRepeatsByAspectAndUnit() throws Exception {
        Path file = Samples.copySampleRegister(dir.resolve("sample.rectify"));
        Register register = RegisterFiles.load(file);
        Record example = register.getRecords().stream().filter(Record::isExample).findFirst().orElseThrow();
        Recurrences.Result result = Recurrences.of(SearchScope.of(dir), register.eResource().getURIFragment(example));
        List<RecurrenceReport.Row> rows = RecurrenceReport.rows(example, result);
        assertEquals(List.of("1.1", "2.1", "2.2", "3.1"),
                rows.stream().filter(RecurrenceReport.Row::confirmed).map(RecurrenceReport.Row::number).toList(),
                "the four the example confirms");
        RecurrenceReport.Row research = rows.stream().filter(row -> row.number().equals("2.1")).findFirst()
                .orElseThrow();
        assertEquals("办公室", research.unit());
        assertEquals(2021, research.year());
        assertEquals("3.1", research.earlierNumber());
        assertTrue(research.score() >= Recurrences.THRESHOLD, research::toString);
        List<String> aspects = rows.stream().map(RecurrenceReport.Row::aspect).distinct().toList();
        assertEquals(aspects,
                example.getReview().getAspects().stream().map(a -> a.getTitle()).filter(aspects::contains).toList(),
                "in the order of the aspects");

        Path workbook = dir.resolve("report.xlsx");
        RecurrenceReport.write(example, result, workbook);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(2, book.getNumberOfSheets());
            Sheet problems = book.getSheetAt(0);
            assertEquals(rows.size() + 1, problems.getPhysicalNumberOfRows());
            List<String> numbers = new ArrayList<>();
            for (Row row : problems) {
                numbers.add(row.getCell(2).getStringCellValue());
            }
            assertTrue(numbers.contains("2.1"), numbers::toString);
            Sheet counts = book.getSheetAt(1);
            int total = 0;
            for (Row row : counts) {
                if (row.getRowNum() > 0) {
                    total += (int) (row.getCell(2).getNumericCellValue() + row.getCell(3).getNumericCellValue());
                }
            }
            assertEquals(rows.size(), total);
        }
    }
}
