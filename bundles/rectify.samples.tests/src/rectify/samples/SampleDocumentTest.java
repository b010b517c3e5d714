package rectify.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.samples.SampleRegisters.Sentence;

/**
 * Every sentence of the sample document (the bundled {@code democratic-life-meeting-2021.txt}) is in the meeting
 * record of the sample register, in document order.
 */
class SampleDocumentTest {

    private static final String NUMERALS = "一二三四五六七八九十";

    private static List<String> lines;
    private static Meeting meeting;

    @BeforeAll
    static void load() {
        lines = SampleRegisters.documentLines();
        meeting = SampleRegisters.load().meeting();
    }

    @Test
    void everySentenceIsInTheRecordInDocumentOrder() {
        List<Sentence> sentences = SampleRegisters.sentences(lines);
        assertTrue(sentences.size() > 100, "sentences found in the document: " + sentences.size());
        String text = SampleRegisters.text(meeting);

        List<Sentence> missing = new ArrayList<>();
        List<Sentence> outOfOrder = new ArrayList<>();
        int position = 0;
        for (Sentence sentence : sentences) {
            int at = text.indexOf(sentence.text(), position);
            if (at >= 0) {
                position = at + sentence.text().length();
            } else if (text.contains(sentence.text())) {
                outOfOrder.add(sentence);
            } else {
                missing.add(sentence);
            }
        }
        if (!missing.isEmpty() || !outOfOrder.isEmpty()) {
            fail(missing.size() + " of " + sentences.size() + " sentences missing from the record, "
                    + outOfOrder.size() + " out of document order"
                    + list("missing", missing) + list("out of order", outOfOrder));
        }
    }

    /** The lines of the document, labels included, are the record's texts put back together. */
    @Test
    void documentIsRebuiltLineByLineFromTheRecord() {
        List<String> rebuilt = rebuild(meeting.getReview());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(lines.size(), rebuilt.size()); i++) {
            String expected = i < lines.size() ? lines.get(i) : "(none)";
            String actual = i < rebuilt.size() ? rebuilt.get(i) : "(none)";
            if (!expected.equals(actual)) {
                differences.add("line " + (i + 1) + "\n  document: " + expected + "\n  record:   " + actual);
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " lines differ:\n" + String.join("\n", differences));
        }
    }

    private static List<String> rebuild(Review review) {
        List<String> out = new ArrayList<>(review.getPreamble());
        out.add("一、" + review.getProblemsHeading());
        for (Aspect aspect : review.getAspects()) {
            out.add(aspect.getLabel() + aspect.getTitle());
            for (Problem problem : aspect.getProblems()) {
                StringBuilder line = new StringBuilder().append(problem.getNumber()).append('.')
                        .append(problem.getHeadline()).append(problem.getExplanation());
                problem.getExamples().forEach(example -> line.append(example.getLead()).append(example.getText()));
                out.add(line.toString());
            }
        }
        out.add("二、" + review.getCausesHeading());
        if (review.getCausesIntro() != null) {
            out.add(review.getCausesIntro());
        }
        for (Cause cause : review.getCauses()) {
            out.add("（" + NUMERALS.charAt(cause.getNumber() - 1) + "）" + cause.getHeadline() + cause.getAnalysis());
        }
        out.add("三、" + review.getDirectionsHeading());
        if (review.getDirectionsIntro() != null) {
            out.add(review.getDirectionsIntro());
        }
        for (Direction direction : review.getDirections()) {
            out.add(direction.getLabel() + direction.getHeading());
            for (Measure measure : direction.getMeasures()) {
                out.add(measure.getNumber() + "." + measure.getHeadline() + measure.getText());
            }
        }
        return out;
    }

    private static String list(String title, List<Sentence> sentences) {
        return sentences.isEmpty() ? ""
                : "\n" + title + ":\n" + sentences.stream().map(s -> "  " + s).collect(Collectors.joining("\n"));
    }
}
