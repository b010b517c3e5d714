package rectify.validation;

import rectify.model.Disposition;
import rectify.model.Opinion;

/** What becomes of solicited opinions: adopted ones become problems, rejected ones are explained. */
final class OpinionRules {

    private OpinionRules() {
    }

    /** Checks {@link Rule#OPINION_HAS_PROBLEM} and {@link Rule#OPINION_HAS_REASON}. */
    static void check(Opinion opinion, Reporter reporter) {
        Disposition disposition = opinion.getDisposition();
        if ((disposition == Disposition.ADOPTED || disposition == Disposition.MERGED)
                && opinion.getProblems().isEmpty()) {
            String key = disposition == Disposition.ADOPTED ? "dispositionAdopted" : "dispositionMerged";
            reporter.report(Rule.OPINION_HAS_PROBLEM, opinion, new Object[] { reporter.texts().get(key) });
        }
        if (disposition == Disposition.NOT_ADOPTED && Labels.isBlank(opinion.getReason())) {
            reporter.report(Rule.OPINION_HAS_REASON, opinion);
        }
    }
}
