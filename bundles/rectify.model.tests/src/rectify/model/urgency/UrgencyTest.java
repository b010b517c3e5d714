package rectify.model.urgency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.RectifyFactory;
import rectify.model.edit.UrgencyLegend;

/** How urgent measures are by status, deadline and thresholds, and how every view names and colours it. */
class UrgencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Measure measure(MeasureStatus status, LocalDate deadline) {
        Measure measure = RectifyFactory.eINSTANCE.createMeasure();
        measure.setStatus(status);
        measure.setDeadline(deadline);
        return measure;
    }

    private static Urgency of(MeasureStatus status, LocalDate deadline) {
        return Urgency.of(measure(status, deadline), TODAY, WarningThresholds.DEFAULT);
    }

    @Test
    void doneAndClosedWhateverTheDeadline() {
        assertEquals(Urgency.CLOSED, of(MeasureStatus.CLOSED, TODAY.minusDays(100)));
        assertEquals(Urgency.DONE, of(MeasureStatus.DONE, TODAY.minusDays(100)));
        assertNull(Urgency.daysLeft(measure(MeasureStatus.DONE, TODAY), TODAY));
    }

    @ParameterizedTest(name = "{0} days before the deadline: {1}")
    @CsvSource({ "21, ON_TRACK", "20, DUE_SOON", "11, DUE_SOON", "10, DUE_URGENT", "0, DUE_URGENT", "-1, OVERDUE" })
    void openMeasuresTurnAtTheThresholdsAndAreOverdueFromTheDayAfter(int daysBefore, Urgency expected) {
        Measure measure = measure(MeasureStatus.IN_PROGRESS, TODAY.plusDays(daysBefore));
        assertEquals(expected, Urgency.of(measure, TODAY, WarningThresholds.DEFAULT));
        assertEquals(daysBefore, Urgency.daysLeft(measure, TODAY));
        assertEquals(measure.isOverdue(TODAY), expected == Urgency.OVERDUE, "overdue is what the model calls overdue");
    }

    @Test
    void openWithoutDeadlineAndOtherThresholds() {
        assertEquals(Urgency.NO_DEADLINE, of(MeasureStatus.PLANNED, null));
        WarningThresholds week = new WarningThresholds(7, 3);
        assertEquals(Urgency.ON_TRACK, Urgency.of(measure(MeasureStatus.PLANNED, TODAY.plusDays(8)), TODAY, week));
        assertEquals(Urgency.DUE_SOON, Urgency.of(measure(MeasureStatus.PLANNED, TODAY.plusDays(7)), TODAY, week));
        assertEquals(Urgency.DUE_URGENT, Urgency.of(measure(MeasureStatus.PLANNED, TODAY.plusDays(3)), TODAY, week));
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(5, 10));
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(5, -1));
        assertEquals(WarningThresholds.DEFAULT, WarningThresholds.orDefault(5, 10));
        assertEquals(week, WarningThresholds.orDefault(7, 3));
    }

    @Test
    void onlyOpenMeasuresWithADeadlineHaveALight() {
        for (Urgency urgency : Urgency.values()) {
            assertEquals(urgency.compareTo(Urgency.ON_TRACK) <= 0, urgency.isTimed(), urgency.name());
        }
        assertTrue(Urgency.isOpen(MeasureStatus.PLANNED) && Urgency.isOpen(MeasureStatus.IN_PROGRESS));
    }

    @Test
    void theLegendNamesEachStateInBothLanguagesWithItsThresholds() {
        WarningThresholds thresholds = new WarningThresholds(30, 7);
        assertEquals("7天内到期", UrgencyLegend.label(Urgency.DUE_URGENT, thresholds, Locale.CHINESE));
        assertEquals("30天内到期", UrgencyLegend.label(Urgency.DUE_SOON, thresholds, Locale.CHINA));
        assertEquals("due within 7 days", UrgencyLegend.label(Urgency.DUE_URGENT, thresholds, Locale.ENGLISH));
        assertEquals("已销号", UrgencyLegend.label(Urgency.CLOSED, thresholds, Locale.CHINESE));
        assertEquals("done", UrgencyLegend.label(Urgency.DONE, thresholds, Locale.FRENCH),
                "English, not the platform's");
    }

    @Test
    void eachStateHasItsOwnColourAndAPalerTint() {
        Set<Integer> colours = new HashSet<>();
        for (Urgency urgency : Urgency.values()) {
            assertTrue(colours.add(UrgencyLegend.rgb(urgency)), urgency + " shares a colour");
            assertNotEquals(UrgencyLegend.rgb(urgency), UrgencyLegend.tint(urgency));
            assertTrue(brightness(UrgencyLegend.tint(urgency)) > brightness(UrgencyLegend.rgb(urgency)),
                    urgency.name());
        }
        assertEquals(0x2EA043, UrgencyLegend.rgb(Urgency.ON_TRACK), "green means open with time left");
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
    }
}
