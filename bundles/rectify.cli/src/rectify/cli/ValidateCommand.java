package rectify.cli;

import java.io.PrintStream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.model.Register;
import rectify.validation.RegisterValidation;
import rectify.validation.Rule;

/**
 * {@code rectify validate <register>}: one line per diagnostic, tab-separated: severity, rule id,
 * element id, message. Exits 0 without errors, 1 with errors, 2 when the file cannot be read.
 */
final class ValidateCommand extends RegisterCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    int run(Register register, PrintStream out) {
        Diagnostic result = RegisterValidation.validate(register);
        result.getChildren().forEach(diagnostic -> out.println(line(diagnostic)));
        return result.getSeverity() >= Diagnostic.ERROR ? FOUND_ERRORS : OK;
    }

    private static String line(Diagnostic diagnostic) {
        Rule rule = RegisterValidation.ruleOf(diagnostic);
        EObject element = RegisterValidation.elementOf(diagnostic);
        return String.join("\t", severity(diagnostic.getSeverity()),
                rule == null ? diagnostic.getSource() : rule.id(),
                element == null ? "-" : EcoreUtil.getURI(element).fragment(),
                diagnostic.getMessage());
    }

    private static String severity(int severity) {
        return switch (severity) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
        };
    }
}
