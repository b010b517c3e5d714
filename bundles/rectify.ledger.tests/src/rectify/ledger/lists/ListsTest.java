package rectify.ledger.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import rectify.ledger.Column;
import rectify.ledger.LedgerFixture;
import rectify.ledger.LedgerRow;
import rectify.ledger.Table;
import rectify.model.DeadlineChange;
import rectify.model.MeasureStatus;
import rectify.model.RectifyFactory;
import rectify.model.Verification;
import rectify.model.VerificationResult;
import rectify.model.urgency.Urgency;

/** The three lists made from the same ledger rows. */
class ListsTest {

    private final LedgerFixture f = new LedgerFixture();

    @Test
    void theProblemListHasEachProblemOnceWithItsMeasures() {
        List<ProblemList.Row> rows = ProblemList.rows(f.rows());
        assertEquals(List.of(f.p4, f.p1, f.p2, f.p3), rows.stream().map(ProblemList.Row::problem).toList(),
                "by record (the 2024 inspection first), aspect and number");
        ProblemList.Row p1 = rows.get(1);
        assertEquals(List.of(f.m1, f.m2), p1.measures().stream().map(LedgerRow::measure).toList());
        assertEquals(MeasureStatus.PLANNED, p1.state(), "the least advanced of its measures");
        assertEquals(Urgency.DUE_SOON, p1.urgency(), "the most urgent of its measures");
        ProblemList.Row p3 = rows.get(3);
        assertEquals(Urgency.OVERDUE, p3.urgency());
        assertEquals("2.1", ProblemList.Columns.NUMBER.value(p3));
        assertEquals("作风建设", ProblemList.Columns.ASPECT.value(p3));
        assertEquals("较重", ProblemList.Columns.SEVERITY.value(p3));
        assertEquals("推进中", ProblemList.Columns.STATE.value(p3));
        assertEquals("机关党委", ProblemList.Columns.UNITS.value(rows.get(2)), "each unit once");
        assertEquals("1.1 梳理基层重复填报事项。\n1.2 打通业务平台数据接口。", ProblemList.Columns.MEASURES.value(rows.get(0)));
        assertEquals("问题清单", ProblemList.table(f.rows()).title());
    }

    @Test
    void theProblemListFollowsTheFilteredRows() {
        List<LedgerRow> office = f.rows().stream().filter(row -> row.unit() == f.office).toList();
        assertEquals(List.of(f.p1, f.p3), ProblemList.rows(office).stream().map(ProblemList.Row::problem).toList());
        assertEquals(Urgency.ON_TRACK, ProblemList.rows(office).get(0).urgency(), "only m1 counts now");
    }

    @Test
    void theTaskListShowsContentKindDeadlineHistoryAndVerifications() {
        DeadlineChange change = RectifyFactory.eINSTANCE.createDeadlineChange();
        change.setDate(LocalDate.of(2026, 4, 1));
        change.setPreviousDeadline(LocalDate.of(2026, 4, 30));
        change.setNewDeadline(LocalDate.of(2026, 5, 27));
        change.setReason("会议安排调整。");
        f.m3.getDeadlineChanges().add(change);
        Verification failed = RectifyFactory.eINSTANCE.createVerification();
        failed.setDate(LocalDate.of(2026, 2, 20));
        failed.setVerifier(f.chen);
        failed.setResult(VerificationResult.NOT_EFFECTIVE);
        failed.setRemarks("制度未印发。");
        f.m5.getEarlierVerifications().add(failed);

        Table<LedgerRow> table = TaskList.table(f.rows());
        assertEquals("任务清单", table.title());
        assertEquals(List.of("序号", "来源", "整改措施", "措施内容", "措施类别", "针对问题", "责任领导", "责任单位", "完成时限", "时限调整",
                "整改状态", "最新进展", "验收情况"), table.columns().stream().map(Column::header).toList());
        LedgerRow m3 = f.row(f.m3);
        assertEquals("2026-04-01：2026-04-30 → 2026-05-27（会议安排调整。）", TaskList.Columns.DEADLINE_CHANGES.value(m3));
        assertEquals("精简会议文件。具体内容。", TaskList.Columns.TEXT.value(m3));
        assertEquals("立行立改", TaskList.Columns.KIND.value(m3));
        assertEquals("2026-02-20 陈XX：无效。制度未印发。\n2026-03-10 陈XX：有效。同意销号。",
                TaskList.Columns.VERIFICATIONS.value(f.row(f.m5)), "the earlier check first");
        assertNull(TaskList.Columns.VERIFICATIONS.value(m3));
        assertEquals(f.m6, table.rows().get(0).measure(), "in the usual order: the 2024 inspection first");
    }

    @Test
    void theResponsibilityListHasOneRowPerLeaderAndUnit() {
        List<ResponsibilityList.Row> rows = ResponsibilityList.rows(f.rows());
        assertEquals(List.of("李XX/机关党委", "李XX/-", "王XX/信息中心", "张XX/办公室", "张XX/机关党委"),
                rows.stream()
                        .map(row -> row.leader().getName() + '/' + (row.unit() == null ? "-" : row.unit().getName()))
                        .toList());
        ResponsibilityList.Row zhangOffice = rows.get(3);
        assertEquals(2, ResponsibilityList.Columns.COUNT.value(zhangOffice));
        assertEquals(1, zhangOffice.overdue());
        assertEquals(0, zhangOffice.closed());
        assertEquals(LedgerFixture.TODAY.minusDays(5), zhangOffice.nearestDeadline());
        assertEquals("党委书记、厅长", ResponsibilityList.Columns.POSITION.value(zhangOffice));
        ResponsibilityList.Row wang = rows.get(2);
        assertEquals(1, wang.closed());
        assertNull(wang.nearestDeadline(), "nothing open with a deadline");
        assertEquals("1.2 打通业务平台数据接口。（已销号）\n2.2 建立基层联系点制度。（已完成）",
                ResponsibilityList.Columns.MEASURES.value(wang));
    }
}
