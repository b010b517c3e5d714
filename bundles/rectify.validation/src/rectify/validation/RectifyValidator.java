package rectify.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Opinion;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.RectifyPackage;
import rectify.model.Review;

/**
 * The {@link EValidator} of the Rectify package: EMF's basic constraints (multiplicities, proxies,
 * containment, paired references…) and the {@link Rule rules} of a complete review.
 * <p>
 * The validator reads two optional entries of the validation context:
 * {@link RegisterValidation#CONTEXT_TODAY} (a {@link java.time.LocalDate}, the day overdue measures
 * are judged on; today by default) and {@link RegisterValidation#CONTEXT_LOCALE} (a
 * {@link java.util.Locale}, the language of messages; the platform's by default). Each rule
 * diagnostic has the source {@link RegisterValidation#DIAGNOSTIC_SOURCE}, the rule's
 * {@link Rule#code() code} and the data {@code [element, rule, related…]}.
 * <p>
 * Use it through {@link RegisterValidation}, or put {@link #INSTANCE} in a validator registry.
 */
public final class RectifyValidator extends EObjectValidator {

    /** The validator; it keeps no state. */
    public static final RectifyValidator INSTANCE = new RectifyValidator();

    private RectifyValidator() {
    }

    @Override
    protected EPackage getEPackage() {
        return RectifyPackage.eINSTANCE;
    }

    @Override
    protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!(value instanceof EObject object)) {
            return true; // values of the package's data types (enumerations, dates) have no constraints
        }
        boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
        if (!valid && diagnostics == null) {
            return false;
        }
        Reporter reporter = new Reporter(diagnostics, context);
        checkRules(object, reporter);
        return valid && reporter.isValid();
    }

    private static void checkRules(EObject object, Reporter reporter) {
        switch (object) {
            case Problem problem -> LinkRules.check(problem, reporter);
            case Cause cause -> LinkRules.check(cause, reporter);
            case Measure measure -> MeasureRules.check(measure, reporter);
            case Opinion opinion -> OpinionRules.check(opinion, reporter);
            case Aspect aspect -> NumberingRules.check(aspect.getProblems(), reporter);
            case Direction direction -> NumberingRules.check(direction.getMeasures(), reporter);
            case Review review -> {
                NumberingRules.check(review.getCauses(), reporter);
                TemplateRules.check(review, reporter);
            }
            case Record record -> ArchivalRules.check(record, reporter);
            default -> {
                // no rules of its own
            }
        }
    }
}
