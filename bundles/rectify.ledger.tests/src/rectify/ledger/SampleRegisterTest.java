package rectify.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.ledger.evidence.EvidenceCheck;
import rectify.ledger.lists.ProblemList;
import rectify.ledger.stats.LedgerStatistics;
import rectify.model.MeasureStatus;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.urgency.WarningThresholds;

/** The ledger of the bundled sample register, whose worked example follows eight measures. */
class SampleRegisterTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 5);

    @TempDir
    Path dir;

    @Test
    void theWorkedExampleInTheLedger() throws IOException {
        Register register = LedgerFixture.sampleRegister(dir);
        Record example = register.getRecords().stream().filter(Record::isExample).findFirst().orElseThrow();
        List<LedgerRow> rows = Ledger.view(Ledger.rows(register, DAY, WarningThresholds.DEFAULT),
                LedgerFilter.ALL.withRecords(Set.of(example)), LedgerColumn.usualOrder());
        assertEquals(8, rows.size());
        LedgerStatistics statistics = LedgerStatistics.of(rows);
        assertEquals(Map.of(MeasureStatus.PLANNED, 2, MeasureStatus.IN_PROGRESS, 2, MeasureStatus.DONE, 2,
                MeasureStatus.CLOSED, 2), statistics.byStatus());
        // the two measures in progress were due on 2026-12-31
        assertEquals(List.of("1.2", "2.2"), Reminders.of(rows, 30).overdue().stream().map(LedgerRow::number).toList());
        assertEquals(List.of("3.3"), Reminders.of(rows, 30).dueSoon().stream().map(LedgerRow::number).toList());
        // held 2026-01-22, closed 2026-07-15 and 2026-07-20
        assertEquals(176.5, statistics.averageDaysToClose().getAsDouble(), 1e-9);
        assertEquals(Map.of(YearMonth.of(2026, 7), 2), statistics.closedPerMonth());
        assertEquals(6, ProblemList.rows(rows).size());
        assertEquals(List.of(), EvidenceCheck.check(register, dir), "the sample's evidence is on paper");
    }

    @Test
    void everyMeasureOfTheSampleHasARow() throws IOException {
        Register register = LedgerFixture.sampleRegister(dir);
        int measures = register.getRecords().stream().mapToInt(Record::getMeasureCount).sum();
        assertEquals(measures, Ledger.rows(register, DAY, WarningThresholds.DEFAULT).size());
    }
}
