package rectify.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.urgency.Urgency;

/** Filters, orders and groupings of the ledger: what the ledger view shows. */
class LedgerViewTest {

    private final LedgerFixture f = new LedgerFixture();
    private final List<LedgerRow> rows = f.rows();

    private List<Measure> view(LedgerFilter filter, Comparator<LedgerRow> order) {
        return Ledger.view(rows, filter, order).stream().map(LedgerRow::measure).toList();
    }

    /** @return the measures kept, in the fixture's order */
    private List<Measure> filtered(LedgerFilter filter) {
        return view(filter, (a, b) -> 0);
    }

    @Test
    void eachFilterKeepsItsRows() {
        assertEquals(List.of(f.m1, f.m2, f.m3, f.m4, f.m5, f.m6, f.m7), filtered(LedgerFilter.ALL));
        assertEquals(List.of(f.m6, f.m7), filtered(LedgerFilter.ALL.withRecords(Set.of(f.inspection))));
        assertEquals(List.of(f.m1, f.m2, f.m3, f.m4, f.m5), filtered(LedgerFilter.ALL.withYears(Set.of(2025))));
        assertEquals(List.of(f.m1, f.m3), filtered(LedgerFilter.ALL.withUnits(Set.of(f.office))));
        assertEquals(List.of(f.m2, f.m6), filtered(LedgerFilter.ALL.withLeaders(Set.of(f.li))));
        assertEquals(List.of(f.m4, f.m5, f.m7),
                filtered(LedgerFilter.ALL.withStatuses(Set.of(MeasureStatus.DONE, MeasureStatus.CLOSED))));
        assertEquals(List.of(f.m3), filtered(LedgerFilter.ALL.withUrgencies(Set.of(Urgency.OVERDUE))), "overdue");
        assertEquals(List.of(f.m2, f.m3),
                filtered(LedgerFilter.ALL.withUrgencies(Set.of(Urgency.OVERDUE, Urgency.DUE_URGENT, Urgency.DUE_SOON))),
                "late or due soon");
    }

    @Test
    void filtersCombine() {
        LedgerFilter filter = LedgerFilter.ALL.withLeaders(Set.of(f.zhang))
                .withStatuses(Set.of(MeasureStatus.IN_PROGRESS));
        assertEquals(List.of(f.m1, f.m3), filtered(filter));
        assertEquals(List.of(f.m3), filtered(filter.withUrgencies(Set.of(Urgency.OVERDUE))));
        assertEquals(List.of(), filtered(filter.withYears(Set.of(2024))));
        assertEquals(List.of(f.m6), filtered(LedgerFilter.ALL.withLeaders(Set.of(f.li)).withYears(Set.of(2024))));
    }

    @Test
    void aUnitFilterLeavesOutMeasuresWithoutUnit() {
        assertEquals(List.of(f.m4, f.m7), filtered(LedgerFilter.ALL.withUnits(Set.of(f.centre))));
    }

    @Test
    void theUsualOrderIsByYearRecordAndNumber() {
        assertEquals(List.of(f.m6, f.m7, f.m1, f.m2, f.m3, f.m4, f.m5),
                view(LedgerFilter.ALL, LedgerColumn.NUMBER.order()));
    }

    @Test
    void eachColumnOrders() {
        assertEquals(List.of(f.m3, f.m4, f.m2, f.m1, f.m6, f.m5, f.m7),
                view(LedgerFilter.ALL, LedgerColumn.DEADLINE.order()),
                "by deadline, measures without one last");
        assertEquals(List.of(f.m3, f.m2, f.m1, f.m6, f.m4, f.m5, f.m7),
                view(LedgerFilter.ALL, LedgerColumn.DAYS_LEFT.order()));
        assertEquals(List.of(f.m3, f.m2, f.m1, f.m6, f.m4, f.m5, f.m7),
                view(LedgerFilter.ALL, LedgerColumn.LIGHT.order()),
                "the most urgent first");
        assertEquals(List.of(f.m2, f.m6, f.m1, f.m3, f.m4, f.m5, f.m7),
                view(LedgerFilter.ALL, LedgerColumn.STATUS.order()));
        // 办公室 bàn, 机关党委 jī, 信息中心 xìn; without a unit last
        assertEquals(List.of(f.m1, f.m3, f.m2, f.m5, f.m4, f.m7, f.m6),
                view(LedgerFilter.ALL, LedgerColumn.UNIT.order()));
        // 李 lǐ, 王 wáng, 张 zhāng
        assertEquals(List.of(f.m2, f.m6, f.m4, f.m7, f.m1, f.m3, f.m5),
                view(LedgerFilter.ALL, LedgerColumn.LEADER.order()));
        assertEquals(List.of(f.m5, f.m7, f.m6, f.m1, f.m2, f.m4, f.m3),
                view(LedgerFilter.ALL, LedgerColumn.DEADLINE.order().reversed()), "descending, empty first");
        assertEquals(List.of(f.m6, f.m7, f.m1, f.m2, f.m5, f.m3, f.m4),
                view(LedgerFilter.ALL, LedgerColumn.PROBLEMS.order()),
                "by record, then the first problem's aspect and number");
    }

    @Test
    void groupingByUnitPutsMeasuresWithoutUnitLast() {
        List<Grouping.Group> groups = Grouping.UNIT
                .groups(Ledger.view(rows, LedgerFilter.ALL, LedgerColumn.usualOrder()));
        assertEquals(List.of("办公室", "机关党委", "信息中心", "未指定责任单位"), groups.stream().map(Grouping.Group::title).toList());
        assertEquals(List.of(f.m1, f.m3), groups.get(0).rows().stream().map(LedgerRow::measure).toList());
        assertEquals(List.of(f.m6), groups.get(3).rows().stream().map(LedgerRow::measure).toList());
    }

    @Test
    void groupingByRecordOrdersRecordsByYear() {
        List<Grouping.Group> groups = Grouping.RECORD.groups(rows);
        assertEquals(List.of(f.inspection, f.meeting), groups.stream().map(Grouping.Group::key).toList());
        assertEquals(5, groups.get(1).rows().size());
        assertEquals(1, Grouping.NONE.groups(rows).size());
        assertEquals(List.of(), Grouping.NONE.groups(List.of()));
    }
}
