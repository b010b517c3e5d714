package rectify.documents.internal.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import rectify.documents.internal.Body;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Example;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Review;
import rectify.model.numbering.ChineseNumerals;

/**
 * The self-examination material as written ({@code {{#material}}}): the preamble, the problems by
 * aspect, the causes, the measures by direction, each section a level-1 heading 一、二、三、, each
 * aspect and direction a level-2 heading with its label, each problem and measure a paragraph led
 * by its number, then the paragraphs the structure has no place for: the document as the record
 * holds it, so that importing it gives the record again. {@code {{date}}} is the record's date.
 */
final class Material extends Content {

    Material(Record record, LocalDate today) {
        super(record, today);
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = super.values();
        if (record.getDate() != null) {
            values.put("date", Words.date(record.getDate()));
        }
        return values;
    }

    @Override
    public Map<String, Consumer<Body>> blocks() {
        return Map.of("material", this::material);
    }

    private void material(Body body) {
        Review review = record.getReview();
        if (review == null) {
            return;
        }
        review.getPreamble().forEach(body::text);
        int section = 0;
        if (!review.getAspects().isEmpty() || review.getProblemsHeading() != null) {
            section(body, ++section, review.getProblemsHeading(), Words.problemsHeading);
            for (Aspect aspect : review.getAspects()) {
                body.heading2(Words.text(aspect.getLabel()) + Words.text(aspect.getTitle()));
                body.text(aspect.getSummary());
                aspect.getProblems().forEach(problem -> body.text(problem(problem)));
            }
        }
        if (!review.getCauses().isEmpty() || review.getCausesHeading() != null) {
            section(body, ++section, review.getCausesHeading(), Words.causesHeading);
            body.text(review.getCausesIntro());
            for (Cause cause : review.getCauses()) {
                body.led(ChineseNumerals.inParentheses(cause.getNumber()) + Words.text(cause.getHeadline()),
                        cause.getAnalysis());
            }
        }
        if (!review.getDirections().isEmpty() || review.getDirectionsHeading() != null) {
            section(body, ++section, review.getDirectionsHeading(), Words.directionsHeading);
            body.text(review.getDirectionsIntro());
            for (Direction direction : review.getDirections()) {
                body.heading2(Words.text(direction.getLabel()) + Words.text(direction.getHeading()));
                body.text(direction.getSummary());
                direction.getMeasures().forEach(measure -> body.text(measure(measure)));
            }
        }
        review.getNotes().forEach(body::text);
    }

    private static void section(Body body, int number, String heading, String usualHeading) {
        body.heading1(NLS.bind(Words.sectionNumber, ChineseNumerals.format(number))
                + (heading == null ? usualHeading : heading));
    }

    private static String problem(Problem problem) {
        StringBuilder paragraph = new StringBuilder(NLS.bind(Words.itemNumber, problem.getNumber()))
                .append(Words.text(problem.getHeadline())).append(Words.text(problem.getExplanation()));
        for (Example example : problem.getExamples()) {
            paragraph.append(Words.text(example.getLead())).append(Words.text(example.getText()));
        }
        return paragraph.toString();
    }

    /** @return the measure's paragraph: its number, headline and text */
    static String measure(Measure measure) {
        return NLS.bind(Words.itemNumber, measure.getNumber()) + Words.text(measure.getHeadline())
                + Words.text(measure.getText());
    }
}
