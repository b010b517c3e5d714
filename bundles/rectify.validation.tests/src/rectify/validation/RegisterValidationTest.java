package rectify.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;

import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage;

/** The API: complete reviews, diagnostics' data, the diagnostician and the global registration. */
class RegisterValidationTest {

    @Test
    void aCompleteFullyLinkedReviewHasNoDiagnostics() {
        Fixture fixture = new Fixture();

        Diagnostic diagnostic = fixture.validate();

        assertEquals(List.of(), Fixture.ruleDiagnostics(diagnostic).map(Diagnostic::getMessage).toList());
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().toString());
    }

    @Test
    void aCompleteReviewInTheDefaultOverloadsHasNoDiagnostics() {
        Fixture fixture = new Fixture();

        assertEquals(Diagnostic.OK, RegisterValidation.validate(fixture.register).getSeverity());
        assertEquals(Diagnostic.OK, RegisterValidation.validate(fixture.register, Fixture.TODAY).getSeverity());
    }

    @Test
    void withoutADayDeadlinesAreJudgedOnToday() {
        Fixture fixture = new Fixture();
        fixture.measure3.setStatus(MeasureStatus.IN_PROGRESS);
        fixture.measure3.setDeadline(LocalDate.now().plusDays(1));
        assertEquals(List.of(), Fixture.of(Rule.MEASURE_NOT_OVERDUE, RegisterValidation.validate(fixture.register)));

        fixture.measure3.setDeadline(LocalDate.now().minusDays(1));
        assertEquals(1, Fixture.of(Rule.MEASURE_NOT_OVERDUE, RegisterValidation.validate(fixture.register)).size());
    }

    @Test
    void theDayComesFromTheContext() {
        Fixture fixture = new Fixture();
        fixture.measure3.setStatus(MeasureStatus.IN_PROGRESS); // deadline 2022-12-31
        Diagnostician diagnostician = RegisterValidation.diagnostician();

        Map<Object, Object> before = diagnostician.createDefaultContext();
        before.put(RegisterValidation.CONTEXT_TODAY, LocalDate.of(2022, 12, 31));
        Map<Object, Object> after = diagnostician.createDefaultContext();
        after.put(RegisterValidation.CONTEXT_TODAY, LocalDate.of(2023, 1, 1));

        assertEquals(List.of(), Fixture.of(Rule.MEASURE_NOT_OVERDUE, diagnostician.validate(fixture.register, before)));
        assertEquals(1, Fixture.of(Rule.MEASURE_NOT_OVERDUE, diagnostician.validate(fixture.register, after)).size());
    }

    @Test
    void ruleOfAndElementOfReadTheDiagnosticsData() {
        Fixture fixture = new Fixture();
        fixture.cause1.getMeasures().clear();

        Diagnostic diagnostic = Fixture.of(Rule.CAUSE_HAS_MEASURE, fixture.validate()).get(0);

        assertSame(Rule.CAUSE_HAS_MEASURE, RegisterValidation.ruleOf(diagnostic));
        assertSame(fixture.cause1, RegisterValidation.elementOf(diagnostic));
        assertSame(Rule.CAUSE_HAS_MEASURE, RegisterValidation.ruleOf(new BasicDiagnostic(Diagnostic.ERROR,
                RegisterValidation.DIAGNOSTIC_SOURCE, Rule.CAUSE_HAS_MEASURE.code(), "by code", new Object[0])));
        assertNull(RegisterValidation.ruleOf(null));
        assertNull(RegisterValidation.elementOf(null));
        assertNull(RegisterValidation.elementOf(Diagnostic.OK_INSTANCE));
    }

    @Test
    void relatedElementsFollowTheElementAndTheRule() {
        Fixture fixture = new Fixture();
        fixture.problem2.setNumber(1);
        fixture.aspect2.setTitle("对其他方面的问题。");

        Diagnostic duplicate = Fixture.of(Rule.NUMBER_UNIQUE, fixture.validate()).get(0);
        Diagnostic missing = Fixture.of(Rule.REQUIRED_ASPECT_PRESENT, fixture.validate()).get(0);

        assertEquals(List.of(fixture.problem2, Rule.NUMBER_UNIQUE, fixture.problem1), duplicate.getData());
        assertEquals(List.of(fixture.review, Rule.REQUIRED_ASPECT_PRESENT, fixture.action), missing.getData());
    }

    @Test
    void emfBasicConstraintsAreCheckedAndNamedLikeRectifyElements() {
        Fixture fixture = new Fixture();
        OrgUnit outside = RectifyFactory.eINSTANCE.createOrgUnit(); // in no resource: a dangling reference
        fixture.measure1.setResponsibleUnit(outside);

        Diagnostic basic = fixture.validate().getChildren().stream()
                .filter(child -> EObjectValidator.DIAGNOSTIC_SOURCE.equals(child.getSource()))
                .findFirst().orElseThrow();

        assertEquals(EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED, basic.getCode());
        assertNull(RegisterValidation.ruleOf(basic));
        assertSame(fixture.measure1, RegisterValidation.elementOf(basic));
        assertTrue(basic.getMessage().contains("Measure 1.1 \u201c不断提高政治站位。\u201d"), basic.getMessage());
    }

    @Test
    void theDiagnosticianNeedsNoGlobalRegistration() {
        Fixture fixture = new Fixture();
        fixture.problem2.getCauses().clear();
        Object registered = EValidator.Registry.INSTANCE.get(RectifyPackage.eINSTANCE);
        try {
            RegisterValidation.unregisterGlobally();
            assertNull(EValidator.Registry.INSTANCE.get(RectifyPackage.eINSTANCE));

            assertEquals(List.of(),
                    Fixture.of(Rule.PROBLEM_HAS_CAUSE, Diagnostician.INSTANCE.validate(fixture.register)));
            assertEquals(1, Fixture.of(Rule.PROBLEM_HAS_CAUSE,
                    RegisterValidation.diagnostician().validate(fixture.register)).size());

            RegisterValidation.registerGlobally();
            assertEquals(1,
                    Fixture.of(Rule.PROBLEM_HAS_CAUSE, Diagnostician.INSTANCE.validate(fixture.register)).size());
        } finally {
            if (registered == null) {
                EValidator.Registry.INSTANCE.remove(RectifyPackage.eINSTANCE);
            } else {
                EValidator.Registry.INSTANCE.put(RectifyPackage.eINSTANCE, registered);
            }
        }
    }

    @Test
    void declarativeServicesRegistersTheValidatorGlobally() throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (EValidator.Registry.INSTANCE.get(RectifyPackage.eINSTANCE) == null && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertSame(RectifyValidator.INSTANCE, EValidator.Registry.INSTANCE.get(RectifyPackage.eINSTANCE));
    }

    @Test
    void messagesFollowTheLocaleAndFallBackToEnglish() {
        Fixture fixture = new Fixture();
        fixture.cause1.getMeasures().clear();

        assertEquals("Cause 1 \u201c政治站位的高度不够。\u201d is remedied by no measure.",
                message(fixture, Locale.GERMAN));
        assertEquals("原因 1「政治站位的高度不够。」没有关联整改措施。", message(fixture, Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void thePlatformLanguageIsUsedWithoutALocale() {
        Fixture fixture = new Fixture();
        fixture.cause1.getMeasures().clear();

        String message = Fixture
                .of(Rule.CAUSE_HAS_MEASURE, RegisterValidation.validate(fixture.register, Fixture.TODAY))
                .get(0).getMessage();

        assertEquals(Texts.of(Locale.getDefault()).format("causeHasMeasure", label(fixture.cause1)), message);
    }

    private static String label(EObject element) {
        return new Labels(Texts.of(null)).of(element);
    }

    private static String message(Fixture fixture, Locale locale) {
        List<Diagnostic> diagnostics = Fixture.of(Rule.CAUSE_HAS_MEASURE, fixture.validate(locale));
        assertNotNull(diagnostics.isEmpty() ? null : diagnostics.get(0));
        return diagnostics.get(0).getMessage();
    }
}
