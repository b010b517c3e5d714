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

/** The ledger's rows: numbers, days left, warning lights with their thresholds, the last progress. */
class LedgerTest {

    private final LedgerFixture f = new LedgerFixture();

    @Test
    void oneRowPerMeasureInTheOrderOfRecordsDirectionsAndMeasures() {
        List<LedgerRow> rows = f.rows();
        assertEquals(List.of(f.m1, f.m2, f.m3, f.m4, f.m5, f.m6, f.m7), rows.stream().map(LedgerRow::measure).toList());
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3", "1.1", "1.2"), rows.stream().map(LedgerRow::number).toList());
        assertSame(f.inspection, rows.get(5).record());
        assertEquals(2024, rows.get(5).year());
    }

    @Test
    void daysLeftAndLightsOnTheFixturesDay() {
        assertEquals(30, f.row(f.m1).daysLeft());
        assertEquals(Light.GREEN, f.row(f.m1).light());
        assertEquals(Light.YELLOW, f.row(f.m2).light());
        assertEquals(-5, f.row(f.m3).daysLeft());
        assertEquals(Light.RED, f.row(f.m3).light());
        assertNull(f.row(f.m4).daysLeft(), "a done measure has no days left");
        assertEquals(Light.OFF, f.row(f.m4).light());
        assertEquals(Light.OFF, f.row(f.m5).light());
    }

    @ParameterizedTest(name = "{0} days before the deadline: {1}")
    @CsvSource({ "21, GREEN", "20, YELLOW", "11, YELLOW", "10, ORANGE", "1, ORANGE", "0, ORANGE", "-1, RED", "-300, RED" })
    void lightsTurnAtTheDefaultThresholds(int daysBefore, Light light) {
        f.m1.setDeadline(LedgerFixture.TODAY.plusDays(daysBefore));
        assertEquals(light, f.row(f.m1).light());
        assertEquals(f.m1.isOverdue(LedgerFixture.TODAY), light == Light.RED, "red is what the model calls overdue");
    }

    @Test
    void thresholdsAreConfigurable() {
        Thresholds strict = new Thresholds(30, 3);
        f.m1.setDeadline(LedgerFixture.TODAY.plusDays(25));
        assertEquals(Light.GREEN, f.row(f.m1).light());
        assertEquals(Light.YELLOW, Ledger.row(f.m1, LedgerFixture.TODAY, strict).light());
        assertEquals(Light.ORANGE, strict.light(3));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(5, 10));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(5, -1));
    }

    @Test
    void anOpenMeasureWithoutDeadlineHasNoLight() {
        f.m6.setDeadline(null);
        assertEquals(Light.OFF, f.row(f.m6).light());
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
        assertEquals(List.of(f.m4, f.m2), Reminders.of(f.rows(), 20).dueSoon().stream().map(LedgerRow::measure).toList(),
                "the nearest first");
        assertEquals(List.of(f.m4), Reminders.of(f.rows(), 5).dueSoon().stream().map(LedgerRow::measure).toList());
        assertEquals(Set.of(), Set.copyOf(Reminders.of(f.rows(), 0).dueSoon()));
    }
}
