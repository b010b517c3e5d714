package rectify.ledger.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rectify.ledger.LedgerFixture;
import rectify.model.MeasureStatus;

/** The dashboard's figures of the fixture's seven measures. */
class LedgerStatisticsTest {

    private final LedgerFixture f = new LedgerFixture();

    @Test
    void countsByStatusAndUnit() {
        LedgerStatistics statistics = LedgerStatistics.of(f.rows());
        assertEquals(7, statistics.total());
        assertEquals(Map.of(MeasureStatus.PLANNED, 2, MeasureStatus.IN_PROGRESS, 2, MeasureStatus.DONE, 1,
                MeasureStatus.CLOSED, 2), statistics.byStatus());
        assertEquals(List.of("办公室", "机关党委", "信息中心", ""), List.copyOf(statistics.byUnit().keySet()),
                "most first, then by name; without a unit last");
        assertEquals(List.of(2, 2, 2, 1), List.copyOf(statistics.byUnit().values()));
    }

    @Test
    void overdueShareAndTimeToClose() {
        LedgerStatistics statistics = LedgerStatistics.of(f.rows());
        assertEquals(1, statistics.overdue());
        assertEquals(1.0 / 7, statistics.overdueShare(), 1e-9);
        // m5: 2026-01-22 -> 2026-03-10 = 47 days; m7: 2024-11-01 -> 2025-02-10 = 101 days
        assertEquals(74.0, statistics.averageDaysToClose().getAsDouble(), 1e-9);
    }

    @Test
    void closedPerMonthIncludesTheMonthsBetween() {
        var months = LedgerStatistics.of(f.rows()).closedPerMonth();
        assertEquals(YearMonth.of(2025, 2), months.firstKey());
        assertEquals(YearMonth.of(2026, 3), months.lastKey());
        assertEquals(14, months.size());
        assertEquals(1, months.get(YearMonth.of(2025, 2)));
        assertEquals(0, months.get(YearMonth.of(2025, 9)));
        assertEquals(2, months.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void noRowsNoFigures() {
        LedgerStatistics statistics = LedgerStatistics.of(List.of());
        assertEquals(0, statistics.overdueShare());
        assertTrue(statistics.averageDaysToClose().isEmpty());
        assertTrue(statistics.closedPerMonth().isEmpty());
        assertEquals(0, statistics.byStatus().get(MeasureStatus.CLOSED));
    }
}
