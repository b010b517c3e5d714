package rectify.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import rectify.model.RecordStatus;

/** How severities follow the status of the record. */
class SeverityTest {

    @ParameterizedTest
    @EnumSource(Rule.class)
    void severityByStatus(Rule rule) {
        for (RecordStatus status : RecordStatus.values()) {
            assertEquals(expected(rule, status), rule.severityFor(status), rule.id() + " " + status);
        }
        assertEquals(rule.severity(), rule.severityFor(null), "outside a record: nominal");
        assertEquals(rule.severity(), rule.severityFor(RecordStatus.ARCHIVED), "archived: nominal");
    }

    private static int expected(Rule rule, RecordStatus status) {
        if (rule == Rule.ARCHIVAL_INFO_COMPLETE) {
            return switch (status) {
                case ARCHIVED -> Diagnostic.ERROR;
                case CLOSED -> Diagnostic.WARNING;
                default -> Diagnostic.OK;
            };
        }
        if (rule.severity() == Diagnostic.ERROR && status == RecordStatus.DRAFT) {
            return Diagnostic.WARNING;
        }
        return rule.severity();
    }

    @Test
    void aDraftWarnsWhereAHeldRecordFails() {
        Fixture draft = new Fixture();
        draft.meeting.setStatus(RecordStatus.DRAFT);
        draft.problem2.getCauses().clear();
        Fixture held = new Fixture();
        held.meeting.setStatus(RecordStatus.HELD);
        held.problem2.getCauses().clear();

        assertEquals(List.of(Diagnostic.WARNING), severities(Rule.PROBLEM_HAS_CAUSE, draft));
        assertEquals(List.of(Diagnostic.ERROR), severities(Rule.PROBLEM_HAS_CAUSE, held));
    }

    @Test
    void archivalInformationIsDueWhenClosedAndRequiredWhenArchived() {
        for (RecordStatus status : RecordStatus.values()) {
            Fixture fixture = new Fixture();
            fixture.meeting.setStatus(status);
            fixture.meeting.setArchivalInfo(null);
            int expected = expected(Rule.ARCHIVAL_INFO_COMPLETE, status);
            assertEquals(expected == Diagnostic.OK ? List.of() : List.of(expected),
                    severities(Rule.ARCHIVAL_INFO_COMPLETE, fixture), status.getName());
        }
    }

    @Test
    void anOverdueMeasureWarnsEvenInADraft() {
        Fixture fixture = new Fixture();
        fixture.meeting.setStatus(RecordStatus.DRAFT);
        fixture.measure3.setStatus(rectify.model.MeasureStatus.PLANNED);

        assertEquals(List.of(Diagnostic.WARNING), severities(Rule.MEASURE_NOT_OVERDUE, fixture));
    }

    @Test
    void aReviewOutsideARecordGetsNominalSeverities() {
        Fixture fixture = new Fixture();
        fixture.problem2.getCauses().clear();
        fixture.meeting.setStatus(RecordStatus.DRAFT);
        fixture.meeting.setReview(null); // the review stands alone

        Diagnostic diagnostic = RegisterValidation.validate(fixture.review, Fixture.TODAY);

        assertEquals(List.of(Diagnostic.ERROR),
                Fixture.of(Rule.PROBLEM_HAS_CAUSE, diagnostic).stream().map(Diagnostic::getSeverity).toList());
    }

    private static List<Integer> severities(Rule rule, Fixture fixture) {
        return Fixture.of(rule, fixture.validate()).stream().map(Diagnostic::getSeverity).toList();
    }
}
