package rectify.validation;

import java.time.LocalDate;

import rectify.model.Measure;
import rectify.model.MeasureKind;
import rectify.model.MeasureStatus;

/** What the ledger needs of a measure: who answers for it, by when, and its progress. */
final class MeasureRules {

    private MeasureRules() {
    }

    /**
     * Checks {@link Rule#MEASURE_HAS_RESPONSIBLE}, {@link Rule#MEASURE_HAS_DEADLINE},
     * {@link Rule#MEASURE_NOT_OVERDUE} and {@link Rule#MEASURE_CLOSED_VERIFIED}.
     */
    static void check(Measure measure, Reporter reporter) {
        if (measure.getResponsibleLeader() == null && measure.getResponsibleUnit() == null) {
            reporter.report(Rule.MEASURE_HAS_RESPONSIBLE, measure);
        }
        if (measure.getDeadline() == null && measure.getKind() != MeasureKind.ONGOING) {
            reporter.report(Rule.MEASURE_HAS_DEADLINE, measure);
        }
        if (measure.getDeadline() != null) {
            LocalDate today = reporter.today();
            if (measure.isOverdue(today)) {
                reporter.report(Rule.MEASURE_NOT_OVERDUE, measure, new Object[] { measure.getDeadline(), today });
            }
        }
        if (measure.getStatus() == MeasureStatus.CLOSED && measure.getVerification() == null) {
            reporter.report(Rule.MEASURE_CLOSED_VERIFIED, measure);
        }
    }
}
