package rectify.validation;

import rectify.model.Cause;
import rectify.model.Problem;

/** The links of the closed loop: problems to causes and measures, causes to problems and measures. */
final class LinkRules {

    private LinkRules() {
    }

    /** Checks {@link Rule#PROBLEM_HAS_CAUSE} and {@link Rule#PROBLEM_HAS_MEASURE}. */
    static void check(Problem problem, Reporter reporter) {
        if (problem.getCauses().isEmpty()) {
            reporter.report(Rule.PROBLEM_HAS_CAUSE, problem);
        }
        if (problem.getMeasures().isEmpty()) {
            reporter.report(Rule.PROBLEM_HAS_MEASURE, problem);
        }
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
