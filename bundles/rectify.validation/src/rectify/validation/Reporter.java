package rectify.validation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import rectify.model.Record;
import rectify.model.RecordStatus;

/**
 * Reports the violations of rules found while validating one element: it scales the severity by
 * the status of the record holding the element, names elements in the language of the validation
 * and adds diagnostics whose data is {@code [element, rule, related…]}.
 */
final class Reporter {

    private final DiagnosticChain diagnostics;
    private final Map<Object, Object> context;
    private boolean valid = true;
    private Labels labels;

    /**
     * @param diagnostics where to add diagnostics; {@code null} when only validity is asked for
     * @param context the validation context; may be {@code null}
     */
    Reporter(DiagnosticChain diagnostics, Map<Object, Object> context) {
        this.diagnostics = diagnostics;
        this.context = context;
    }

    /** @return whether nothing has been reported */
    boolean isValid() {
        return valid;
    }

    /** @return the day to judge deadlines on, from the context; today by default */
    LocalDate today() {
        if (context == null) {
            return LocalDate.now();
        }
        if (context.get(RegisterValidation.CONTEXT_TODAY) instanceof LocalDate given) {
            return given;
        }
        LocalDate now = LocalDate.now();
        try {
            // Fixed once per validation, so that a validation running over midnight judges consistently.
            context.put(RegisterValidation.CONTEXT_TODAY, now);
        } catch (UnsupportedOperationException readOnly) {
            // a read-only context: judge on now each time
        }
        return now;
    }

    /** @return the labels in the language of the validation */
    Labels labels() {
        if (labels == null) {
            labels = new Labels(texts());
        }
        return labels;
    }

    /**
     * Reports a violation.
     *
     * @param rule the rule violated
     * @param element the element that violates it, named first in the message
     * @param arguments further values of the message ({@code {1}}, {@code {2}} …); elements are named
     *        by their labels
     * @param related elements the diagnostic's data names after the element and the rule
     */
    void report(Rule rule, EObject element, Object[] arguments, EObject... related) {
        int severity = rule.severityFor(statusOf(element));
        if (severity == Diagnostic.OK) {
            return;
        }
        valid = false;
        if (diagnostics == null) {
            return;
        }
        Object[] data = new Object[2 + related.length];
        data[0] = element;
        data[1] = rule;
        System.arraycopy(related, 0, data, 2, related.length);
        diagnostics.add(new BasicDiagnostic(severity, RegisterValidation.DIAGNOSTIC_SOURCE, rule.code(),
                message(rule, element, arguments), data));
    }

    /**
     * Reports a violation whose message names the element only.
     *
     * @param rule the rule violated
     * @param element the element that violates it
     */
    void report(Rule rule, EObject element) {
        report(rule, element, new Object[0]);
    }

    private String message(Rule rule, EObject element, Object[] arguments) {
        Object[] values = new Object[1 + arguments.length];
        values[0] = label(element);
        for (int i = 0; i < arguments.length; i++) {
            values[i + 1] = arguments[i] instanceof EObject object ? label(object) : String.valueOf(arguments[i]);
        }
        return texts().format(rule.messageKey(), values);
    }

    private String label(EObject element) {
        String label = labels().of(element);
        return label != null ? label : element.eClass().getName();
    }

    /** @return the texts in the language of the validation */
    Texts texts() {
        Object locale = context == null ? null : context.get(RegisterValidation.CONTEXT_LOCALE);
        return Texts.of(locale instanceof Locale given ? given : null);
    }

    private static RecordStatus statusOf(EObject element) {
        for (EObject object = element; object != null; object = object.eContainer()) {
            if (object instanceof Record record) {
                return record.getStatus();
            }
        }
        return null;
    }
}
