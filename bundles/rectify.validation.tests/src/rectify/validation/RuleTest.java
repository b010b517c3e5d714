package rectify.validation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import rectify.model.MeasureKind;
import rectify.model.MeasureStatus;
import rectify.model.RecordStatus;

/** Each rule with failing and passing cases, on an archived record (nominal severities). */
class RuleTest {

    /** A way to break the complete fixture, the element that then violates the rule, and the message. */
    record Failing(String name, Rule rule, Consumer<Fixture> breaks, Function<Fixture, EObject> element,
            String message) {
        @Override
        public String toString() {
            return rule.id() + ": " + name;
        }
    }

    /** A variation of the complete fixture that satisfies the rule. */
    record Passing(String name, Rule rule, Consumer<Fixture> varies) {
        @Override
        public String toString() {
            return rule.id() + ": " + name;
        }
    }

    static Stream<Failing> failing() {
        return Stream.of(
                new Failing("problem without cause", Rule.PROBLEM_HAS_CAUSE, f -> f.problem2.getCauses().clear(),
                        f -> f.problem2, "Problem 1.2 \u201c从政治高度观察思考问题不够。\u201d has no cause."),
                new Failing("problem without measure", Rule.PROBLEM_HAS_MEASURE,
                        f -> f.problem3.getMeasures().clear(), f -> f.problem3,
                        "Problem 2.1 \u201c以“闯”的精神攻坚克难不够。\u201d has no measure."),
                new Failing("problem confirmed as found before", Rule.PROBLEM_REPEAT,
                        f -> f.problem3.setEarlierOccurrence(f.problem1),
                        f -> f.problem3, "Problem 2.1 \u201c以“闯”的精神攻坚克难不够。\u201d was found before: it repeats"
                                + " Problem 1.1 \u201c从思想深处领悟理论精髓不够。\u201d of 2021."),
                new Failing("cause without problem", Rule.CAUSE_HAS_PROBLEM, f -> f.cause2.getProblems().clear(),
                        f -> f.cause2, "Cause 2 \u201c勇于担当作为的精气神不足。\u201d is tied to no problem."),
                new Failing("cause without measure", Rule.CAUSE_HAS_MEASURE, f -> f.cause1.getMeasures().clear(),
                        f -> f.cause1, "Cause 1 \u201c政治站位的高度不够。\u201d is remedied by no measure."),
                new Failing("measure without leader or unit", Rule.MEASURE_HAS_RESPONSIBLE,
                        f -> f.measure2.setResponsibleUnit(null), f -> f.measure2,
                        "Measure 1.2 \u201c提升党内生活质量。\u201d has neither a responsible leader nor a responsible unit."),
                new Failing("institutional measure without deadline", Rule.MEASURE_HAS_DEADLINE,
                        f -> f.measure3.setDeadline(null), f -> f.measure3,
                        "Measure 2.1 \u201c要健全制度机制，搞好顶层设计。\u201d has no deadline and is not an ongoing measure."),
                new Failing("immediate measure without deadline", Rule.MEASURE_HAS_DEADLINE,
                        f -> f.measure2.setKind(MeasureKind.IMMEDIATE), f -> f.measure2,
                        "Measure 1.2 \u201c提升党内生活质量。\u201d has no deadline and is not an ongoing measure."),
                new Failing("measure in progress after its deadline", Rule.MEASURE_NOT_OVERDUE,
                        f -> f.measure3.setStatus(MeasureStatus.IN_PROGRESS), f -> f.measure3,
                        "Measure 2.1 \u201c要健全制度机制，搞好顶层设计。\u201d is overdue: its deadline was 2022-12-31"
                                + " and it is still open on 2023-01-10."),
                new Failing("planned measure a day after its deadline", Rule.MEASURE_NOT_OVERDUE, f -> {
                    f.measure2.setStatus(MeasureStatus.PLANNED);
                    f.measure2.setDeadline(Fixture.TODAY.minusDays(1));
                }, f -> f.measure2, "Measure 1.2 \u201c提升党内生活质量。\u201d is overdue: its deadline was 2023-01-09"
                        + " and it is still open on 2023-01-10."),
                new Failing("closed measure without verification", Rule.MEASURE_CLOSED_VERIFIED,
                        f -> f.measure1.setVerification(null), f -> f.measure1,
                        "Measure 1.1 \u201c不断提高政治站位。\u201d is closed but has no verification."),
                new Failing("required aspect missing", Rule.REQUIRED_ASPECT_PRESENT,
                        f -> f.aspect2.setTitle("对其他方面的问题。"), f -> f.review,
                        "Review \u201c2021年度民主生活会对照检查材料\u201d lacks the required aspect \u201c担当作为\u201d."),
                new Failing("aspect answering another requirement", Rule.REQUIRED_ASPECT_PRESENT,
                        f -> f.aspect2.setRequirement(f.politics), f -> f.review,
                        "Review \u201c2021年度民主生活会对照检查材料\u201d lacks the required aspect \u201c担当作为\u201d."),
                new Failing("too few problems", Rule.REQUIRED_ASPECT_MINIMUM, f -> f.politics.setMinimumProblems(3),
                        f -> f.aspect1, "Aspect (一) \u201c对带头深刻感悟“两个确立”的决定性意义方面的问题。\u201d lists 2 problems;"
                                + " the template requires at least 3."),
                new Failing("adopted opinion without problem", Rule.OPINION_HAS_PROBLEM,
                        f -> f.adopted.getProblems().clear(), f -> f.adopted,
                        "Opinion \u201c希望班子进一步提高政治站位。\u201d was adopted but points at no problem."),
                new Failing("merged opinion without problem", Rule.OPINION_HAS_PROBLEM,
                        f -> f.merged.getProblems().clear(), f -> f.merged,
                        "Opinion \u201c建议加快固定应急避难场所建设。\u201d was merged but points at no problem."),
                new Failing("rejected opinion without reason", Rule.OPINION_HAS_REASON, f -> f.rejected.setReason(" "),
                        f -> f.rejected, "Opinion \u201c建议增加机关食堂供应品种。\u201d was not adopted but gives no reason."),
                new Failing("two problems numbered 1 in an aspect", Rule.NUMBER_UNIQUE, f -> f.problem2.setNumber(1),
                        f -> f.problem2, "Problem 1.1 \u201c从政治高度观察思考问题不够。\u201d repeats the number of"
                                + " Problem 1.1 \u201c从思想深处领悟理论精髓不够。\u201d."),
                new Failing("two causes numbered 1 in a review", Rule.NUMBER_UNIQUE, f -> f.cause2.setNumber(1),
                        f -> f.cause2, "Cause 1 \u201c勇于担当作为的精气神不足。\u201d repeats the number of"
                                + " Cause 1 \u201c政治站位的高度不够。\u201d."),
                new Failing("two measures numbered 1 in a direction", Rule.NUMBER_UNIQUE, f -> f.measure2.setNumber(1),
                        f -> f.measure2, "Measure 1.1 \u201c提升党内生活质量。\u201d repeats the number of"
                                + " Measure 1.1 \u201c不断提高政治站位。\u201d."),
                new Failing("problem numbers not starting at 1", Rule.NUMBER_IN_ORDER, f -> f.problem3.setNumber(2),
                        f -> f.problem3, "Problem 2.2 \u201c以“闯”的精神攻坚克难不够。\u201d is out of order:"
                                + " number 1 was expected here."),
                new Failing("cause numbers with a gap", Rule.NUMBER_IN_ORDER, f -> f.cause2.setNumber(3),
                        f -> f.cause2, "Cause 3 \u201c勇于担当作为的精气神不足。\u201d is out of order:"
                                + " number 2 was expected here."),
                new Failing("measure without number", Rule.NUMBER_IN_ORDER, f -> f.measure3.setNumber(0),
                        f -> f.measure3, "Measure \u201c要健全制度机制，搞好顶层设计。\u201d is out of order:"
                                + " number 1 was expected here."),
                new Failing("archived without retention", Rule.ARCHIVAL_INFO_COMPLETE,
                        f -> f.archivalInfo.unsetRetention(), f -> f.meeting,
                        "Meeting \u201c2021年度党员领导干部民主生活会\u201d lacks archival information: retention period."),
                new Failing("archived without fonds code", Rule.ARCHIVAL_INFO_COMPLETE,
                        f -> f.register.setFondsCode(" "), f -> f.meeting,
                        "Meeting \u201c2021年度党员领导干部民主生活会\u201d lacks archival information: fonds code."),
                new Failing("archived without archival information", Rule.ARCHIVAL_INFO_COMPLETE,
                        f -> f.meeting.setArchivalInfo(null), f -> f.meeting,
                        "Meeting \u201c2021年度党员领导干部民主生活会\u201d lacks archival information:"
                                + " year, retention period, item number."));
    }

    static Stream<Passing> passing() {
        return Stream.of(
                new Passing("every problem linked to a cause", Rule.PROBLEM_HAS_CAUSE, f -> {
                }),
                new Passing("a problem linked to two causes", Rule.PROBLEM_HAS_CAUSE,
                        f -> f.problem2.getCauses().add(f.cause2)),
                new Passing("every problem linked to a measure", Rule.PROBLEM_HAS_MEASURE, f -> {
                }),
                new Passing("no problem confirmed as found before", Rule.PROBLEM_REPEAT, f -> {
                }),
                new Passing("every cause tied to a problem", Rule.CAUSE_HAS_PROBLEM, f -> {
                }),
                new Passing("every cause remedied by a measure", Rule.CAUSE_HAS_MEASURE, f -> {
                }),
                new Passing("a leader only, a unit only, both", Rule.MEASURE_HAS_RESPONSIBLE, f -> {
                }),
                new Passing("a leader only for every measure", Rule.MEASURE_HAS_RESPONSIBLE, f -> {
                    f.measure2.setResponsibleUnit(null);
                    f.measure2.setResponsibleLeader(f.secretary);
                    f.measure3.setResponsibleUnit(null);
                }),
                new Passing("an ongoing measure without deadline", Rule.MEASURE_HAS_DEADLINE, f -> {
                }),
                new Passing("an ongoing measure with a deadline", Rule.MEASURE_HAS_DEADLINE,
                        f -> f.measure2.setDeadline(Fixture.TODAY.plusYears(1))),
                new Passing("a done measure after its deadline", Rule.MEASURE_NOT_OVERDUE, f -> {
                }),
                new Passing("a measure in progress on the day of its deadline", Rule.MEASURE_NOT_OVERDUE, f -> {
                    f.measure3.setStatus(MeasureStatus.IN_PROGRESS);
                    f.measure3.setDeadline(Fixture.TODAY);
                }),
                new Passing("a closed measure after its deadline", Rule.MEASURE_NOT_OVERDUE,
                        f -> f.measure1.setDeadline(Fixture.TODAY.minusYears(1))),
                new Passing("a closed measure verified, a done one not yet", Rule.MEASURE_CLOSED_VERIFIED, f -> {
                }),
                new Passing("required aspects by requirement and by title", Rule.REQUIRED_ASPECT_PRESENT, f -> {
                }),
                new Passing("a required aspect by short name", Rule.REQUIRED_ASPECT_PRESENT, f -> {
                    f.aspect2.setTitle("对其他方面的问题。");
                    f.aspect2.setShortName("担当作为");
                }),
                new Passing("a required aspect by title, ignoring spaces and the full stop",
                        Rule.REQUIRED_ASPECT_PRESENT,
                        f -> f.aspect2.setTitle(" 对带头牢记我们党是什么、要干什么 这个根本问题方面的问题 ")),
                new Passing("no template", Rule.REQUIRED_ASPECT_PRESENT, f -> {
                    f.review.setTemplate(null);
                    f.aspect2.setTitle("对其他方面的问题。");
                }),
                new Passing("exactly the minimum of problems", Rule.REQUIRED_ASPECT_MINIMUM, f -> {
                }),
                new Passing("minimum counted over every answering aspect", Rule.REQUIRED_ASPECT_MINIMUM, f -> {
                    f.template.getAspects().remove(f.politics);
                    f.action.setMinimumProblems(3);
                    f.aspect1.setRequirement(f.action);
                }),
                new Passing("adopted and merged opinions with problems, a pending one without",
                        Rule.OPINION_HAS_PROBLEM, f -> {
                        }),
                new Passing("a rejected opinion with a reason, a pending one without", Rule.OPINION_HAS_REASON,
                        f -> {
                        }),
                new Passing("each aspect and direction numbering from 1", Rule.NUMBER_UNIQUE, f -> {
                }),
                new Passing("numbers 1..n in every scope", Rule.NUMBER_IN_ORDER, f -> {
                }),
                new Passing("archived and complete", Rule.ARCHIVAL_INFO_COMPLETE, f -> {
                }),
                new Passing("archived without organization code", Rule.ARCHIVAL_INFO_COMPLETE,
                        f -> f.archivalInfo.setOrganizationCode(null)),
                new Passing("held, not yet filed", Rule.ARCHIVAL_INFO_COMPLETE, f -> {
                    f.meeting.setStatus(RecordStatus.HELD);
                    f.meeting.setArchivalInfo(null);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void failingCaseReportsTheRuleOnTheElement(Failing failing) {
        Fixture fixture = new Fixture();
        failing.breaks().accept(fixture);

        List<Diagnostic> diagnostics = Fixture.of(failing.rule(), fixture.validate());

        assertEquals(1, diagnostics.size(), () -> "diagnostics: " + diagnostics);
        Diagnostic diagnostic = diagnostics.get(0);
        EObject element = failing.element().apply(fixture);
        assertAll(
                () -> assertEquals(failing.rule().id(), RegisterValidation.ruleOf(diagnostic).id()),
                () -> assertEquals(failing.rule().severity(), diagnostic.getSeverity()),
                () -> assertSame(element, RegisterValidation.elementOf(diagnostic)),
                () -> assertSame(element, diagnostic.getData().get(0)),
                () -> assertSame(failing.rule(), diagnostic.getData().get(1)),
                () -> assertEquals(RegisterValidation.DIAGNOSTIC_SOURCE, diagnostic.getSource()),
                () -> assertEquals(failing.rule().code(), diagnostic.getCode()),
                () -> assertEquals(failing.message(), diagnostic.getMessage()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void passingCaseReportsNothing(Passing passing) {
        Fixture fixture = new Fixture();
        passing.varies().accept(fixture);

        Diagnostic diagnostic = fixture.validate();

        assertEquals(List.of(), Fixture.of(passing.rule(), diagnostic));
        assertEquals(List.of(), Fixture.ruleDiagnostics(diagnostic).map(Diagnostic::getMessage).toList(),
                "a passing case of one rule breaks no other");
    }

    @Test
    void everyRuleHasFailingAndPassingCases() {
        Set<Rule> failed = failing().map(Failing::rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        Set<Rule> passed = passing().map(Passing::rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        assertEquals(EnumSet.allOf(Rule.class), failed);
        assertEquals(EnumSet.allOf(Rule.class), passed);
    }

    @Test
    void idsAndCodesAreUniqueAndFoundAgain() {
        for (Rule rule : Rule.values()) {
            assertSame(rule, Rule.ofId(rule.id()));
            assertSame(rule, Rule.ofCode(rule.code()));
            assertTrue(Set.of(Diagnostic.ERROR, Diagnostic.WARNING, Diagnostic.INFO).contains(rule.severity()),
                    rule.id());
        }
        assertEquals(Rule.values().length, Stream.of(Rule.values()).map(Rule::id).distinct().count());
        assertEquals(Rule.values().length, Stream.of(Rule.values()).mapToInt(Rule::code).distinct().count());
    }
}
