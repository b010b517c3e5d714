package rectify.validation;

import java.util.ArrayList;
import java.util.List;

import rectify.model.Aspect;
import rectify.model.RequiredAspect;
import rectify.model.Review;
import rectify.model.ReviewTemplate;

/**
 * What the notice requires of a review through its template: every required aspect present, each
 * with its minimum of problems.
 */
final class TemplateRules {

    private TemplateRules() {
    }

    /** Checks {@link Rule#REQUIRED_ASPECT_PRESENT} and {@link Rule#REQUIRED_ASPECT_MINIMUM}. */
    static void check(Review review, Reporter reporter) {
        ReviewTemplate template = review.getTemplate();
        if (template == null) {
            return;
        }
        for (RequiredAspect required : template.getAspects()) {
            List<Aspect> answers = answers(review, required);
            if (answers.isEmpty()) {
                reporter.report(Rule.REQUIRED_ASPECT_PRESENT, review,
                        new Object[] { reporter.labels().quotedName(required) }, required);
                continue;
            }
            int problems = answers.stream().mapToInt(aspect -> aspect.getProblems().size()).sum();
            if (problems < required.getMinimumProblems()) {
                reporter.report(Rule.REQUIRED_ASPECT_MINIMUM, answers.get(0),
                        new Object[] { problems, required.getMinimumProblems() }, required);
            }
        }
    }

    /**
     * @return the aspects of the review that answer the required aspect: those that name it as
     *         their requirement, and those without a requirement whose title or short name is the
     *         same
     */
    static List<Aspect> answers(Review review, RequiredAspect required) {
        List<Aspect> answers = new ArrayList<>();
        for (Aspect aspect : review.getAspects()) {
            if (aspect.getRequirement() == required
                    || aspect.getRequirement() == null && sameName(aspect, required)) {
                answers.add(aspect);
            }
        }
        return answers;
    }

    private static boolean sameName(Aspect aspect, RequiredAspect required) {
        return same(aspect.getTitle(), required.getTitle()) || same(aspect.getShortName(), required.getShortName());
    }

    private static boolean same(String written, String required) {
        String normalized = normalize(required);
        return !normalized.isEmpty() && normalized.equals(normalize(written));
    }

    /** @return the text without white space and without a closing full stop */
    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String compact = text.replaceAll("(?U)\\s+", "");
        while (!compact.isEmpty() && ".。".indexOf(compact.charAt(compact.length() - 1)) >= 0) {
            compact = compact.substring(0, compact.length() - 1);
        }
        return compact;
    }
}
