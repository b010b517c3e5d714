package rectify.diagram.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import rectify.diagram.WarningThresholds;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.RectifyFactory;

/** The colour states of measures by status, deadline and the warning thresholds. */
class MeasureStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Measure measure(MeasureStatus status, LocalDate deadline) {
        Measure measure = RectifyFactory.eINSTANCE.createMeasure();
        measure.setStatus(status);
        measure.setDeadline(deadline);
        return measure;
    }

    private static MeasureState state(MeasureStatus status, LocalDate deadline) {
        return MeasureState.of(measure(status, deadline), TODAY, WarningThresholds.DEFAULT);
    }

    @Test
    void closedAndDoneWhateverTheDeadline() {
        assertEquals(MeasureState.CLOSED, state(MeasureStatus.CLOSED, TODAY.minusDays(100)));
        assertEquals(MeasureState.DONE, state(MeasureStatus.DONE, TODAY.minusDays(100)));
    }

    @Test
    void overdueFromTheDayAfterTheDeadline() {
        assertEquals(MeasureState.OVERDUE, state(MeasureStatus.IN_PROGRESS, TODAY.minusDays(1)));
        assertEquals(MeasureState.OVERDUE, state(MeasureStatus.PLANNED, TODAY.minusDays(30)));
        assertEquals(MeasureState.DUE_URGENT, state(MeasureStatus.PLANNED, TODAY));
    }

    @Test
    void dueWithinTheThresholds() {
        assertEquals(MeasureState.DUE_URGENT, state(MeasureStatus.IN_PROGRESS, TODAY.plusDays(10)));
        assertEquals(MeasureState.DUE_SOON, state(MeasureStatus.IN_PROGRESS, TODAY.plusDays(11)));
        assertEquals(MeasureState.DUE_SOON, state(MeasureStatus.IN_PROGRESS, TODAY.plusDays(20)));
        assertEquals(MeasureState.OPEN, state(MeasureStatus.IN_PROGRESS, TODAY.plusDays(21)));
        assertEquals(MeasureState.OPEN, state(MeasureStatus.PLANNED, null));
    }

    @Test
    void otherThresholds() {
        WarningThresholds week = new WarningThresholds(7, 3);
        assertEquals(MeasureState.OPEN, MeasureState.of(measure(MeasureStatus.PLANNED, TODAY.plusDays(8)), TODAY, week));
        assertEquals(MeasureState.DUE_SOON, MeasureState.of(measure(MeasureStatus.PLANNED, TODAY.plusDays(7)), TODAY, week));
        assertEquals(MeasureState.DUE_URGENT, MeasureState.of(measure(MeasureStatus.PLANNED, TODAY.plusDays(3)), TODAY, week));
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(5, 10));
        assertThrows(IllegalArgumentException.class, () -> new WarningThresholds(5, -1));
    }

    @Test
    void defaultsWithoutPreferences() {
        assertEquals(new WarningThresholds(20, 10), WarningThresholds.current());
    }
}
