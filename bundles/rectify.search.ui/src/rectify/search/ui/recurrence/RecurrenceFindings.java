package rectify.search.ui.recurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import rectify.model.Problem;
import rectify.search.EarlierProblem;
import rectify.search.Recurrence;
import rectify.search.ui.Labels;
import rectify.search.ui.Messages;
import rectify.ui.registers.FindingSource;
import rectify.ui.registers.OpenRegister;
import rectify.validation.RegisterValidation;
import rectify.validation.Rule;

/**
 * The likely repeats of an open register's problems as findings of the rule
 * {@link Rule#PROBLEM_REPEAT} (a warning: to confirm or dismiss), beside the confirmed ones the
 * rule itself tells. A problem already confirmed as a repeat is not told again.
 */
public final class RecurrenceFindings implements FindingSource {

    @Override
    public List<Diagnostic> findings(OpenRegister register) {
        List<Diagnostic> findings = new ArrayList<>();
        RecurrenceWatch.get().of(register).values().forEach(recurrence -> {
            EObject element = register.register().eResource().getEObject(recurrence.problemId());
            if (element instanceof Problem problem && problem.getEarlierOccurrence() == null && recurrence.isRepeat()) {
                findings.add(finding(problem, recurrence.earlier().get(0)));
            }
        });
        return findings;
    }

    /** @return the finding of a problem that is likely a repeat of an earlier one */
    static Diagnostic finding(Problem problem, EarlierProblem earlier) {
        String message = NLS.bind(Messages.likelyRepeat,
                new Object[] { Labels.of(problem), earlier.year(), earlier.number(),
                        earlier.headline(), String.format(Locale.ROOT, "%.2f", earlier.score()), //$NON-NLS-1$
                        String.join("、", earlier.sharedWords()) }); //$NON-NLS-1$
        return new BasicDiagnostic(Diagnostic.WARNING, RegisterValidation.DIAGNOSTIC_SOURCE, Rule.PROBLEM_REPEAT.code(),
                message,
                new Object[] { problem, Rule.PROBLEM_REPEAT });
    }
}
