package rectify.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;

/** The ledger's rows: numbers, days left, warning lights with their thresholds, the last progress. */
class LedgerTest {

    private final LedgerFixture f = new LedgerFixture();

    @Test
    void oneRowPerMeasureInTheOrderOfRecordsDirectionsAndMeasures() {
        List<LedgerRow> rows = f.rows();
        assertEquals(List.of(f.m1, f.m2, f.m3, f.m4, f.m5, f.m6, f.m7), rows.stream().map(LedgerRow::measure).toList());
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3", "1.1", "1.2"),
                rows.stream().map(LedgerRow::number).toList());
        assertSame(f.inspection, rows.get(5).record());
        assertEquals(2024, rows.get(5).year());
    }

    @Test
    void daysLeftAndLightsOnTheFixturesDay() {
        assertEquals(30, f.row(f.m1).daysLeft());
        assertEquals(Urgency.ON_TRACK, f.row(f.m1).urgency());
        assertEquals(Urgency.DUE_SOON, f.row(f.m2).urgency());
        assertEquals(-5, f.row(f.m3).daysLeft());
        assertEquals(Urgency.OVERDUE, f.row(f.m3).urgency());
        assertNull(f.row(f.m4).daysLeft(), "a done measure has no days left");
        assertEquals(Urgency.DONE, f.row(f.m4).urgency());
        assertEquals(Urgency.CLOSED, f.row(f.m5).urgency());
        assertEquals("", f.row(f.m4).warning(), "no light for a done measure");
        assertEquals("20天内到期", f.row(f.m2).warning(), "named as the legend names it");
    }

    @ParameterizedTest(name = "{0} days before the deadline: {1}")
    @CsvSource({ "21, ON_TRACK", "20, DUE_SOON", "11, DUE_SOON", "10, DUE_URGENT", "1, DUE_URGENT", "0, DUE_URGENT",
            "-1, OVERDUE",
            "-300, OVERDUE" })
    void lightsTurnAtTheDefaultThresholds(int daysBefore, Urgency light) {
        f.m1.setDeadline(LedgerFixture.TODAY.plusDays(daysBefore));
        assertEquals(light, f.row(f.m1).urgency());
        assertEquals(f.m1.isOverdue(LedgerFixture.TODAY), light == Urgency.OVERDUE,
                "red is what the model calls overdue");
    }

    @Test
    void thresholdsAreConfigurable() {
        WarningThresholds strict = new WarningThresholds(30, 3);
        f.m1.setDeadline(LedgerFixture.TODAY.plusDays(25));
        assertEquals(Urgency.ON_TRACK, f.row(f.m1).urgency());
        assertEquals(Urgency.DUE_SOON, Ledger.row(f.m1, LedgerFixture.TODAY, strict).urgency());
        f.m1.setDeadline(LedgerFixture.TODAY.plusDays(3));
        assertEquals(Urgency.DUE_URGENT, Ledger.row(f.m1, LedgerFixture.TODAY, strict).urgency());
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(5, 10));
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(5, -1));
    }

    @Test
    void anOpenMeasureWithoutDeadlineHasNoLight() {
        f.m6.setDeadline(null);
        assertEquals(Urgency.NO_DEADLINE, f.row(f.m6).urgency());
        assertEquals("", f.row(f.m6).warning());
    }

    @Test
    void theLastProgressIsTheLatestByDate() {
        assertEquals("征求班子成员意见。", f.row(f.m1).lastProgress().getText());
        f.m1.getProgress().move(0, 1); // the later entry first in the list
        assertEquals("征求班子成员意见。", f.row(f.m1).lastProgress().getText());
        assertNull(f.row(f.m2).lastProgress());
    }

    @Test
    void theClosingDateIsTheVerificationsOfAClosedMeasure() {
        assertEquals(LocalDate.of(2026, 3, 10), f.row(f.m5).closedOn());
        assertNull(f.row(f.m4).closedOn());
    }

    @Test
    void measuresAreNamedInMessagesWithTheirLedgerNumber() {
        assertEquals("措施 2.2「建立基层联系点制度。」", LedgerLabels.measure(f.m4));
        Measure loose = rectify.model.RectifyFactory.eINSTANCE.createMeasure();
        loose.setNumber(4);
        loose.setHeadline("x");
        assertEquals("措施 4「x」", LedgerLabels.measure(loose));
    }

    @Test
    void remindersListOverdueAndDueSoonByDeadline() {
        Reminders reminders = Reminders.of(f.rows(), 20);
        assertEquals(List.of(f.m3), reminders.overdue().stream().map(LedgerRow::measure).toList());
        assertEquals(List.of(f.m2), reminders.dueSoon().stream().map(LedgerRow::measure).toList(),
                "m4 is done: no reminder; m1 is 30 days away");
        f.m4.setStatus(MeasureStatus.IN_PROGRESS);
        assertEquals(List.of(f.m4, f.m2),
                Reminders.of(f.rows(), 20).dueSoon().stream().map(LedgerRow::measure).toList(),
                "the nearest first");
        assertEquals(List.of(f.m4), Reminders.of(f.rows(), 5).dueSoon().stream().map(LedgerRow::measure).toList());
        assertEquals(Set.of(), Set.copyOf(Reminders.of(f.rows(), 0).dueSoon()));
    }
}
