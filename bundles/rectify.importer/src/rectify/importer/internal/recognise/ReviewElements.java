package rectify.importer.internal.recognise;

import java.util.List;
import java.util.stream.Collectors;

import rectify.importer.internal.recognise.ExampleLeads.Split;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Example;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.RectifyFactory;

/**
 * The elements of a review made from what the parts hold, their texts exactly as written: a
 * label and a heading; a headline (the first sentence) and what follows, split into the
 * explanation and the examples for problems. A paragraph that continues an element follows its
 * text after a line break.
 */
final class ReviewElements {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    private ReviewElements() {
    }

    static Aspect aspect(GroupedPart.Group group) {
        return aspect(group, true);
    }

    /** @return the aspect of a group, with the problems of its items or without problems */
    static Aspect aspect(GroupedPart.Group group, boolean problems) {
        Aspect aspect = MODEL.createAspect();
        aspect.setLabel(group.heading() == null ? "" : group.heading().labelText()); //$NON-NLS-1$
        aspect.setTitle(group.heading() == null ? "" : group.heading().body()); //$NON-NLS-1$
        aspect.setSummary(summary(group));
        if (problems) {
            group.items().forEach(item -> aspect.getProblems().add(problem(item.number(), text(item))));
        }
        return aspect;
    }

    static Direction direction(GroupedPart.Group group) {
        Direction direction = MODEL.createDirection();
        direction.setLabel(group.heading() == null ? "" : group.heading().labelText()); //$NON-NLS-1$
        direction.setHeading(group.heading() == null ? "" : group.heading().body()); //$NON-NLS-1$
        direction.setSummary(summary(group));
        for (GroupedPart.Item item : group.items()) {
            Measure measure = MODEL.createMeasure();
            String text = text(item.first(), item.more());
            int headline = Sentences.firstEnd(text);
            measure.setNumber(item.number());
            measure.setHeadline(text.substring(0, headline));
            measure.setText(text.substring(headline));
            direction.getMeasures().add(measure);
        }
        return direction;
    }

    static Cause cause(CausesPart.Cause found) {
        Cause cause = MODEL.createCause();
        String text = text(found.first(), found.more());
        int headline = Sentences.firstEnd(text);
        cause.setNumber(found.number());
        cause.setHeadline(text.substring(0, headline));
        cause.setAnalysis(text.substring(headline));
        return cause;
    }

    /** @return a problem of its number and text: the headline (the first sentence), the explanation and the examples */
    static Problem problem(int number, String text) {
        Problem problem = MODEL.createProblem();
        int headline = Sentences.firstEnd(text);
        problem.setNumber(number);
        problem.setHeadline(text.substring(0, headline));
        Split split = ExampleLeads.split(text.substring(headline));
        problem.setExplanation(split.explanation());
        for (ExampleLeads.Example found : split.examples()) {
            Example example = MODEL.createExample();
            example.setLead(found.lead());
            example.setText(found.text());
            problem.getExamples().add(example);
        }
        return problem;
    }

    /** @return the paragraphs that sum a group up, on lines of their own; {@code null} when there are none */
    private static String summary(GroupedPart.Group group) {
        return group.summary().isEmpty() ? null
                : group.summary().stream().map(Line::text).collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    /** @return the item's text after its label, then each continuing paragraph as written, on lines of their own */
    static String text(GroupedPart.Item item) {
        return text(item.first(), item.more());
    }

    /** @return the item's text after its label, then each continuing paragraph as written, on lines of their own */
    private static String text(Line first, List<Line> more) {
        StringBuilder text = new StringBuilder(first.body());
        more.forEach(line -> text.append('\n').append(line.text()));
        return text.toString();
    }
}
