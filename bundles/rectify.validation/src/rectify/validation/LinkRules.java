package rectify.validation;

import org.eclipse.emf.ecore.EObject;

import rectify.model.Cause;
import rectify.model.Problem;
import rectify.model.Record;

/** The links of the closed loop (problems to causes and measures, causes to problems and measures), and of problems to their earlier occurrences. */
final class LinkRules {

    private LinkRules() {
    }

    /** Checks {@link Rule#PROBLEM_HAS_CAUSE}, {@link Rule#PROBLEM_HAS_MEASURE} and tells {@link Rule#PROBLEM_REPEAT}. */
    static void check(Problem problem, Reporter reporter) {
        if (problem.getCauses().isEmpty()) {
            reporter.report(Rule.PROBLEM_HAS_CAUSE, problem);
        }
        if (problem.getMeasures().isEmpty()) {
            reporter.report(Rule.PROBLEM_HAS_MEASURE, problem);
        }
        Problem earlier = problem.getEarlierOccurrence();
        if (earlier != null) {
            Record record = recordOf(earlier);
            reporter.report(Rule.PROBLEM_REPEAT, problem,
                    new Object[] { record == null ? "?" : record.getYear(), earlier }, earlier); //$NON-NLS-1$
        }
    }

    private static Record recordOf(EObject element) {
        for (EObject object = element; object != null; object = object.eContainer()) {
            if (object instanceof Record record) {
                return record;
            }
        }
        return null;
    }

    /** Checks {@link Rule#CAUSE_HAS_PROBLEM} and {@link Rule#CAUSE_HAS_MEASURE}. */
    static void check(Cause cause, Reporter reporter) {
        if (cause.getProblems().isEmpty()) {
            reporter.report(Rule.CAUSE_HAS_PROBLEM, cause);
        }
        if (cause.getMeasures().isEmpty()) {
            reporter.report(Rule.CAUSE_HAS_MEASURE, cause);
        }
    }
}
