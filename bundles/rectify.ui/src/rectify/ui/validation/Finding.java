package rectify.ui.validation;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import rectify.model.Record;
import rectify.ui.editors.RecordEditors;
import rectify.ui.registers.OpenRegister;
import rectify.validation.RegisterValidation;
import rectify.validation.Rule;

/**
 * One diagnostic of an open register as the closed-loop view lists it; adapts to the element it
 * is about, so that the Properties view shows that element, and to the diagnostic.
 */
record Finding(OpenRegister register, Diagnostic diagnostic) implements IAdaptable {

    /** @return the element the diagnostic is about; null when it names none */
    EObject element() {
        return RegisterValidation.elementOf(diagnostic);
    }

    /** @return the record that holds the element; null when it is in none */
    Record record() {
        EObject element = element();
        return element == null ? null : RecordEditors.recordOf(element);
    }

    /** @return the rule broken; null for another check */
    Rule rule() {
        return RegisterValidation.ruleOf(diagnostic);
    }

    /** @return the id of the rule broken, or the source and code of another check */
    String ruleId() {
        Rule rule = rule();
        return rule != null ? rule.id() : diagnostic.getSource() + ":" + diagnostic.getCode(); //$NON-NLS-1$
    }

    /** Adapts to its element, and to its diagnostic (for the quick fixes others contribute to the view's menu). */
    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == Diagnostic.class) {
            return type.cast(diagnostic);
        }
        return type.isInstance(element()) ? type.cast(element()) : null;
    }
}
