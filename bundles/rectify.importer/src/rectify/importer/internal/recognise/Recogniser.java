package rectify.importer.internal.recognise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import rectify.importer.Finding;
import rectify.importer.internal.Messages;
import rectify.importer.internal.read.SourceDocument;
import rectify.model.Aspect;
import rectify.model.Direction;
import rectify.model.Meeting;
import rectify.model.Notice;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.RectifyFactory;
import rectify.model.Record;
import rectify.model.Review;

/**
 * Recognises a document's structure and builds its record: hard-wrapped lines joined, the
 * outline (title, preamble, parts), then each part by its kind; the findings of a progress
 * report with their measures ({@link ProgressReport}), whose account of the work done and next
 * steps are notes. Whatever has no place is kept in the review's notes.
 */
public final class Recogniser {

    /**
     * The record made from a document.
     *
     * @param record the meeting or inspection with its review; in no resource
     * @param notices the notices the record refers to, in no resource either
     * @param people the people the record refers to (responsible leaders), in no resource either
     * @param units the units the record refers to (responsible units), in no resource either
     * @param findings what was recognised, inferred and not placed
     */
    public record Recognition(Record record, List<Notice> notices, List<Person> people, List<OrgUnit> units,
            List<Finding> findings) {
    }

    private static final GroupedPart.Words PROBLEM_WORDS = new GroupedPart.Words(Messages.inferredAspectRestart,
            Messages.inferredAspectShape, Messages.inferredAspectsImplicit, Messages.inferredProblemUnnumbered,
            Messages.inferredProblemContinued, Messages.foundAspectSummary);
    private static final GroupedPart.Words MEASURE_WORDS = new GroupedPart.Words(Messages.inferredDirectionRestart,
            Messages.inferredDirectionShape, Messages.inferredDirectionsImplicit, Messages.inferredMeasureUnnumbered,
            Messages.inferredMeasureContinued, Messages.foundDirectionSummary);

    /** A line that is a date alone, as under a report's signature. */
    private static final Pattern DATE = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日"); //$NON-NLS-1$

    private final Findings findings = new Findings();
    private final Review review = RectifyFactory.eINSTANCE.createReview();
    private final List<Person> people = new ArrayList<>();
    private final List<OrgUnit> units = new ArrayList<>();
    /** Whether the findings hold their measures and progress: a progress report, whose next steps are notes. */
    private boolean progressReport;
    private LocalDate date;

    private Recogniser() {
    }

    /** @return the record of the document, with what was found */
    public static Recognition recognise(SourceDocument document) {
        return new Recogniser().read(document);
    }

    private Recognition read(SourceDocument document) {
        findings.recognised(0, document.lines() ? Messages.foundLines : Messages.foundParagraphs,
                document.paragraphs().size());
        document.findings().forEach(findings::add);
        List<Line> lines = Wrapping.join(document.paragraphs(), findings).stream().map(Line::of).toList();
        date = date(lines);
        formFindings(lines);
        Outline outline = Outline.of(lines, findings);
        String reviewTitle = outline.title();
        String preamble = outline.preamble().stream().map(Line::text).collect(Collectors.joining("\n")); //$NON-NLS-1$
        String headings = outline.parts().stream().map(part -> part.heading().body()).collect(Collectors.joining("\n")); //$NON-NLS-1$
        String title = Objects.toString(reviewTitle, ""); //$NON-NLS-1$
        Record record = RecordFacts.create(String.join("\n", title, preamble, headings)); //$NON-NLS-1$
        List<Notice> notices = record instanceof Meeting meeting
                ? PreambleFacts.read(preamble, meeting, findings, firstPosition(outline.preamble()))
                : List.of();
        RecordFacts.name(record, reviewTitle, title + '\n' + preamble, document.file(), findings);
        if (reviewTitle != null) {
            review.setTitle(reviewTitle);
            findings.recognised(outline.titlePosition(), Messages.foundReviewTitle, reviewTitle);
        }
        outline.preamble().forEach(line -> review.getPreamble().add(line.text()));
        if (!outline.preamble().isEmpty()) {
            findings.recognised(firstPosition(outline.preamble()), Messages.foundPreamble, outline.preamble().size());
        }
        if (outline.parts().isEmpty()) {
            findings.inferred(0, Messages.inferredNoParts);
        }
        for (int i = 0; i < outline.parts().size(); i++) {
            part(outline.parts().get(i), i == outline.parts().size() - 1);
        }
        review.getNotes().addAll(findings.notes());
        record.setReview(review);
        return new Recognition(record, notices, people, units, findings.findings());
    }

    /** @return the date of the document: the last line that is a date alone, as under a signature; {@code null} when there is none */
    private static LocalDate date(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = DATE.matcher(lines.get(i).text());
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private void formFindings(List<Line> lines) {
        long automatic = lines.stream().filter(Line::automatic).count();
        if (automatic > 0) {
            findings.recognised(0, Messages.foundAutomaticNumbers, automatic);
        }
        long headings = lines.stream().filter(line -> line.headingLevel() > 0).count();
        if (headings > 0) {
            findings.recognised(0, Messages.foundHeadingStyles, headings);
        }
    }

    private void part(Outline.Part part, boolean last) {
        Line heading = part.heading();
        switch (part.kind()) {
            case PROBLEMS -> problems(part, last);
            case CAUSES -> causes(part, last);
            case DIRECTIONS -> {
                if (progressReport && PartKind.isNextSteps(heading.body())) {
                    notes(part, Messages.notPlacedNextSteps);
                } else {
                    directions(part, last);
                }
            }
            case OTHER -> notes(part,
                    PartKind.isWorkDone(heading.body()) ? Messages.notPlacedWorkDone : Messages.notPlacedOtherPart);
        }
    }

    private void notes(Outline.Part part, String why) {
        findings.note(part.heading(), why, part.heading().body());
        part.lines().forEach(line -> findings.note(line, Shapes.isStray(line) ? Messages.notPlacedStray : why,
                part.heading().body()));
    }

    /** @return whether the heading is the first of its kind, kept as the section's heading; later ones are notes */
    private boolean heading(Line heading, String current, String kind) {
        if (current == null) {
            findings.recognised(heading.position(), Messages.foundPart, heading.text(), kind);
            return true;
        }
        findings.note(heading, Messages.notPlacedRepeatedHeading, kind);
        return false;
    }

    private void problems(Outline.Part part, boolean last) {
        if (heading(part.heading(), review.getProblemsHeading(), Messages.partProblems)) {
            review.setProblemsHeading(part.heading().body());
        }
        GroupedPart.Result result = GroupedPart.read(part.lines(), last, findings, PROBLEM_WORDS);
        result.intro().forEach(line -> findings.note(line, Messages.notPlacedProblemsIntro));
        if (ProgressReport.applies(result)) {
            progressReport = true;
            ProgressReport.Result report = ProgressReport.read(result, findings, date, part.heading().position());
            review.getAspects().addAll(report.aspects());
            review.getDirections().addAll(report.directions());
            people.addAll(report.people());
            units.addAll(report.units());
            return;
        }
        int problems = 0;
        int examples = 0;
        for (GroupedPart.Group group : result.groups()) {
            Aspect aspect = ReviewElements.aspect(group);
            review.getAspects().add(aspect);
            problems += aspect.getProblems().size();
            examples += aspect.getProblems().stream().mapToInt(p -> p.getExamples().size()).sum();
        }
        findings.recognised(part.heading().position(), Messages.foundProblems, result.groups().size(), problems,
                examples);
    }

    private void causes(Outline.Part part, boolean last) {
        if (heading(part.heading(), review.getCausesHeading(), Messages.partCauses)) {
            review.setCausesHeading(part.heading().body());
        }
        CausesPart.Result result = CausesPart.read(part.lines(), last, findings);
        if (!result.intro().isEmpty()) {
            review.setCausesIntro(join(review.getCausesIntro(), result.intro()));
            findings.recognised(result.intro().get(0).position(), Messages.foundCausesIntro);
        }
        result.causes().forEach(cause -> review.getCauses().add(ReviewElements.cause(cause)));
        findings.recognised(part.heading().position(), Messages.foundCauses, result.causes().size());
    }

    private void directions(Outline.Part part, boolean last) {
        if (heading(part.heading(), review.getDirectionsHeading(), Messages.partDirections)) {
            review.setDirectionsHeading(part.heading().body());
        }
        GroupedPart.Result result = GroupedPart.read(part.lines(), last, findings, MEASURE_WORDS);
        if (!result.intro().isEmpty()) {
            review.setDirectionsIntro(join(review.getDirectionsIntro(), result.intro()));
            findings.recognised(result.intro().get(0).position(), Messages.foundDirectionsIntro);
        }
        int measures = 0;
        for (GroupedPart.Group group : result.groups()) {
            Direction direction = ReviewElements.direction(group);
            review.getDirections().add(direction);
            measures += direction.getMeasures().size();
        }
        findings.recognised(part.heading().position(), Messages.foundDirections, result.groups().size(), measures);
    }

    private static String join(String before, List<Line> lines) {
        String text = lines.stream().map(Line::text).collect(Collectors.joining("\n")); //$NON-NLS-1$
        return before == null ? text : before + '\n' + text;
    }

    private static int firstPosition(List<Line> lines) {
        return lines.isEmpty() ? 0 : lines.get(0).position();
    }
}
