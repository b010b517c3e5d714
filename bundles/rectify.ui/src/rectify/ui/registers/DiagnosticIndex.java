package rectify.ui.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import rectify.validation.RegisterValidation;

/**
 * The diagnostics of a register by element: those about each element, and the highest severity
 * of each element together with everything it contains.
 */
final class DiagnosticIndex {

    static final DiagnosticIndex EMPTY = new DiagnosticIndex(Diagnostic.OK_INSTANCE);

    private final List<Diagnostic> leaves = new ArrayList<>();
    private final Map<EObject, List<Diagnostic>> byElement = new HashMap<>();
    private final Map<EObject, Integer> severityWithin = new HashMap<>();

    DiagnosticIndex(Diagnostic root) {
        collect(root);
        for (Diagnostic diagnostic : leaves) {
            EObject element = RegisterValidation.elementOf(diagnostic);
            if (element == null) {
                continue;
            }
            byElement.computeIfAbsent(element, e -> new ArrayList<>()).add(diagnostic);
            for (EObject container = element; container != null; container = container.eContainer()) {
                severityWithin.merge(container, diagnostic.getSeverity(), Math::max);
            }
        }
    }

    private void collect(Diagnostic diagnostic) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                leaves.add(diagnostic);
            }
        } else {
            diagnostic.getChildren().forEach(this::collect);
        }
    }

    /** @return every single diagnostic, in the order the rules reported them */
    List<Diagnostic> all() {
        return List.copyOf(leaves);
    }

    /** @return the diagnostics about {@code element} itself */
    List<Diagnostic> of(EObject element) {
        return List.copyOf(byElement.getOrDefault(element, List.of()));
    }

    /** @return the highest severity about {@code element} or anything it contains */
    int severityWithin(EObject element) {
        return severityWithin.getOrDefault(element, Diagnostic.OK);
    }
}
