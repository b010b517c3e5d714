package rectify.validation;

import org.eclipse.emf.ecore.EObject;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Inspection;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.Opinion;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.RequiredAspect;
import rectify.model.Review;

/**
 * Names elements as users do, in one language: the kind, the number or label, and the headline or
 * title in quotes, e.g. {@code Problem 1.2 “从政治高度观察思考问题不够。”} or
 * {@code 问题 1.2「从政治高度观察思考问题不够。」}, with the elements' full numbers. Long texts are cut short with an ellipsis.
 */
final class Labels {

    /** The longest quoted text, in code points, before it is cut short. */
    static final int MAXIMUM_QUOTE = 50;

    private static final String ELLIPSIS = "\u2026";

    private final Texts texts;

    Labels(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param element an element of the model
     * @return its label, or {@code null} for kinds of elements this class does not name
     */
    String of(EObject element) {
        return switch (element) {
            case Problem problem -> numbered("kindProblem", problem);
            case Cause cause -> numbered("kindCause", cause);
            case Measure measure -> numbered("kindMeasure", measure);
            case Aspect aspect ->
                labelled("kindAspect", aspect.getLabel(), firstNonBlank(aspect.getShortName(), aspect.getTitle()));
            case Direction direction -> labelled("kindDirection", direction.getLabel(), direction.getHeading());
            case Opinion opinion -> labelled("kindOpinion", null, opinion.getText());
            case Review review -> labelled("kindReview", null, reviewTitle(review));
            case Meeting meeting -> labelled("kindMeeting", null, meeting.getTitle());
            case Inspection inspection -> labelled("kindInspection", null, inspection.getTitle());
            case Record record -> labelled("kindRecord", null, record.getTitle());
            case RequiredAspect required -> labelled("kindRequiredAspect", null,
                    firstNonBlank(required.getShortName(), required.getTitle()));
            default -> null;
        };
    }

    /**
     * @param text a text
     * @return the text in quotes, cut short when long
     */
    String quoted(String text) {
        return texts.format("quoted", shorten(text));
    }

    /**
     * @param required a required aspect of a template
     * @return its short name or title in quotes
     */
    String quotedName(RequiredAspect required) {
        return quoted(firstNonBlank(required.getShortName(), required.getTitle()));
    }

    private String numbered(String kindKey, ChainElement element) {
        return labelled(kindKey, element.getFullNumber(), element.getHeadline());
    }

    private String labelled(String kindKey, String number, String text) {
        String kind = texts.get(kindKey);
        if (!isBlank(number)) {
            kind = texts.format("labelNumbered", kind, number.strip());
        }
        return isBlank(text) ? kind : texts.format("labelQuoted", kind, shorten(text));
    }

    private static String reviewTitle(Review review) {
        if (!isBlank(review.getTitle())) {
            return review.getTitle();
        }
        return review.eContainer() instanceof Record record ? record.getTitle() : null;
    }

    private static String shorten(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.codePointCount(0, stripped.length()) <= MAXIMUM_QUOTE) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, MAXIMUM_QUOTE)) + ELLIPSIS;
    }

    private static String firstNonBlank(String first, String second) {
        return isBlank(first) ? second : first;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
