package rectify.archive.internal.content;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import rectify.archive.internal.layout.Align;
import rectify.archive.internal.layout.Flow;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Example;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.numbering.ChineseNumerals;

/**
 * The material as written: the title, the preamble, then the problems by aspect, the causes and
 * the measures by direction, each section numbered 一、二、三、 and each element in its own
 * paragraph with an anchor for the appendices' links, numbered as the document numbers it (1. for
 * problems and measures, （一） for causes), then the paragraphs the structure has no
 * place for (the review's notes); then the list of appendices and the signature (the
 * organization and the record's date).
 */
final class MainText {

    private static final int BOOKMARK_LENGTH = 24;
    private static final String ELLIPSIS = "…";
    /** The signature's distance from the right edge: four characters. */
    private static final float SIGNATURE_INSET = 4 * (Style.BODY.size() + Style.BODY.tracking());
    /** The width of 附件：, the indent of the second and later appendix names. */
    private static final float ATTACHMENT_LABEL = 3 * (Style.BODY.size() + Style.BODY.tracking());

    private final Record record;
    private final Review review;
    private final References references;

    MainText(Record record, References references) {
        this.record = record;
        this.review = record.getReview();
        this.references = references;
    }

    /** @return the document's title: the review's, else the record's */
    static String title(Record record) {
        Review review = record.getReview();
        String title = review == null || Words.isBlank(review.getTitle()) ? record.getTitle() : review.getTitle();
        return Words.text(title);
    }

    void write(Flow flow, List<String> appendices, SubMonitor monitor) {
        String title = title(record);
        flow.title(Span.of(title, Style.TITLE), title);
        flow.blankLine();
        if (review != null) {
            review.getPreamble().forEach(paragraph -> flow.paragraph(Span.of(paragraph, Style.BODY), null));
            int section = 0;
            monitor.setWorkRemaining(record.getProblemCount() + record.getCauseCount() + record.getMeasureCount() + 1);
            if (!review.getAspects().isEmpty() || review.getProblemsHeading() != null) {
                section(flow, ++section, review.getProblemsHeading(), Terms.problemsHeading);
                review.getAspects().forEach(aspect -> aspect(flow, aspect, monitor));
            }
            if (!review.getCauses().isEmpty() || review.getCausesHeading() != null) {
                section(flow, ++section, review.getCausesHeading(), Terms.causesHeading);
                paragraphIfAny(flow, review.getCausesIntro());
                review.getCauses().forEach(cause -> {
                    cause(flow, cause);
                    monitor.split(1);
                });
            }
            if (!review.getDirections().isEmpty() || review.getDirectionsHeading() != null) {
                section(flow, ++section, review.getDirectionsHeading(), Terms.directionsHeading);
                paragraphIfAny(flow, review.getDirectionsIntro());
                review.getDirections().forEach(direction -> direction(flow, direction, monitor));
            }
            review.getNotes().forEach(note -> flow.paragraph(Span.of(note, Style.BODY), null));
        }
        attachments(flow, appendices);
        signature(flow);
    }

    private static void section(Flow flow, int number, String heading, String usualHeading) {
        String text = NLS.bind(Terms.sectionNumber, ChineseNumerals.format(number))
                + (heading == null ? usualHeading : heading);
        flow.heading(Span.of(text, Style.HEADING1), 1, text, null);
    }

    private void aspect(Flow flow, Aspect aspect, SubMonitor monitor) {
        String text = Words.text(aspect.getLabel()) + Words.text(aspect.getTitle());
        String bookmark = Words.text(aspect.getLabel())
                + (Words.isBlank(aspect.getShortName()) ? shortened(aspect.getTitle()) : aspect.getShortName());
        flow.heading(Span.of(text, Style.HEADING2), 2, bookmark, references.anchor(aspect));
        paragraphIfAny(flow, aspect.getSummary());
        for (Problem problem : aspect.getProblems()) {
            StringBuilder paragraph = new StringBuilder()
                    .append(NLS.bind(Terms.itemNumber, problem.getNumber()))
                    .append(Words.text(problem.getHeadline()))
                    .append(Words.text(problem.getExplanation()));
            for (Example example : problem.getExamples()) {
                paragraph.append(Words.text(example.getLead())).append(Words.text(example.getText()));
            }
            flow.bookmark(3, NLS.bind(Terms.itemNumber, problem.getNumber()) + shortened(problem.getHeadline()));
            flow.paragraph(Span.of(paragraph.toString(), Style.BODY), references.anchor(problem));
            monitor.split(1);
        }
    }

    private void cause(Flow flow, Cause cause) {
        List<Span> spans = new ArrayList<>();
        String label = ChineseNumerals.inParentheses(cause.getNumber());
        spans.add(new Span(label + Words.text(cause.getHeadline()), Style.HEADING2));
        spans.add(new Span(Words.text(cause.getAnalysis()), Style.BODY));
        flow.bookmark(2, label + shortened(cause.getHeadline()));
        flow.paragraph(spans, references.anchor(cause));
    }

    private void direction(Flow flow, Direction direction, SubMonitor monitor) {
        String text = Words.text(direction.getLabel()) + Words.text(direction.getHeading());
        flow.heading(Span.of(text, Style.HEADING2), 2, shortened(text), references.anchor(direction));
        paragraphIfAny(flow, direction.getSummary());
        for (Measure measure : direction.getMeasures()) {
            String paragraph = NLS.bind(Terms.itemNumber, measure.getNumber()) + Words.text(measure.getHeadline())
                    + Words.text(measure.getText());
            flow.bookmark(3, NLS.bind(Terms.itemNumber, measure.getNumber()) + shortened(measure.getHeadline()));
            flow.paragraph(Span.of(paragraph, Style.BODY), references.anchor(measure));
            monitor.split(1);
        }
    }

    private static void paragraphIfAny(Flow flow, String text) {
        if (!Words.isBlank(text)) {
            flow.paragraph(Span.of(text, Style.BODY), null);
        }
    }

    /** 附件：1.… with the later names under the first, after an empty line. */
    private static void attachments(Flow flow, List<String> appendices) {
        flow.blankLine();
        for (int i = 0; i < appendices.size(); i++) {
            String name = NLS.bind(Terms.itemNumber, i + 1) + appendices.get(i);
            if (i == 0) {
                flow.line(Span.of(Terms.attachments + name, Style.BODY), Align.JUSTIFY, Flow.INDENT);
            } else {
                flow.line(Span.of(name, Style.BODY), Align.JUSTIFY, Flow.INDENT + ATTACHMENT_LABEL);
            }
        }
    }

    private void signature(Flow flow) {
        Register register = Words.register(record);
        String organization = register == null ? null : register.getOrganizationName();
        String date = Words.date(record.getDate());
        if (Words.isBlank(organization) && date.isEmpty()) {
            return;
        }
        flow.blankLine();
        flow.blankLine();
        if (!Words.isBlank(organization)) {
            flow.line(Span.of(organization, Style.BODY), Align.RIGHT, SIGNATURE_INSET);
        }
        if (!date.isEmpty()) {
            flow.line(Span.of(date, Style.BODY), Align.RIGHT, SIGNATURE_INSET);
        }
    }

    private static String shortened(String text) {
        String plain = Words.text(text).strip();
        return plain.codePointCount(0, plain.length()) <= BOOKMARK_LENGTH ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, BOOKMARK_LENGTH)) + ELLIPSIS;
    }
}
