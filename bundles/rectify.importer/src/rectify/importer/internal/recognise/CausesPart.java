package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;

import rectify.importer.internal.Messages;

/**
 * The cause analysis: an introduction, then causes labelled with the highest rank of label in
 * the part (（一） as a rule). A paragraph without a label is a cause whose label is missing when
 * the numbering skips it (（一）, ?, （三）), or when after the last cause it has a cause's shape
 * (a short headline sentence, then the analysis); otherwise it continues the cause before it.
 * Without any labels, the causes may be led by ordinal words (一是…二是…, {@link Ordinals}), the
 * text before the first the introduction; else each paragraph after the introduction is a cause.
 */
final class CausesPart {

    /** A cause with the paragraphs that continue it. */
    record Cause(Line first, int number, List<Line> more) {
    }

    /** The introduction and the causes. */
    record Result(List<Line> intro, List<Cause> causes) {
    }

    /** A headline this short, or not much longer than the other causes', makes a paragraph a cause. */
    private static final int SHORT_HEADLINE = 30;

    private final List<Line> lines;
    private final boolean last;
    private final Findings findings;
    private final List<Line> intro = new ArrayList<>();
    private final List<Cause> causes = new ArrayList<>();
    private int entryRank;
    private boolean headingStyles;
    private int longestHeadline;
    /** For each paragraph, the index of the next paragraph labelled as a cause, or the number of paragraphs. */
    private int[] nextEntry;

    private CausesPart(List<Line> lines, boolean last, Findings findings) {
        this.lines = lines;
        this.last = last;
        this.findings = findings;
    }

    /**
     * @param lines the part's paragraphs after its heading
     * @param last whether the part ends the document
     */
    static Result read(List<Line> paragraphs, boolean last, Findings findings) {
        boolean labelled = paragraphs.stream().anyMatch(line -> line.label() != null || line.headingLevel() > 0);
        List<Line> lines = labelled ? paragraphs : Ordinals.split(paragraphs);
        Ordinals.report(lines, findings);
        CausesPart part = new CausesPart(lines, last, findings);
        part.entryRank = lines.stream().filter(line -> line.label() != null).mapToInt(Line::rank).min().orElse(0);
        part.headingStyles = lines.stream().anyMatch(line -> line.headingLevel() > 0);
        part.nextEntry = new int[lines.size()];
        for (int k = lines.size() - 1, next = lines.size(); k >= 0; k--) {
            part.nextEntry[k] = next;
            if (part.isEntry(lines.get(k))) {
                next = k;
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            part.read(k);
        }
        return new Result(part.intro, part.causes);
    }

    private void read(int k) {
        Line line = lines.get(k);
        Cause current = causes.isEmpty() ? null : causes.get(causes.size() - 1);
        if (line.label() != null && line.rank() == entryRank) {
            add(line, line.label().number());
        } else if (line.label() == null && line.headingLevel() > 0) {
            add(line, causes.size() + 1);
        } else if (line.label() != null) {
            if (current != null) {
                current.more().add(line);
            } else {
                intro.add(line);
            }
        } else if (entryRank == 0 && !headingStyles) {
            unlabelledOnly(line);
        } else {
            plain(k, line, current);
        }
    }

    private void unlabelledOnly(Line line) {
        if (causes.isEmpty() && Shapes.isIntro(line)) {
            intro.add(line);
        } else {
            add(line, causes.size() + 1);
            findings.inferred(line.position(), Messages.inferredCauseUnlabelled, causes.size());
        }
    }

    private void plain(int k, Line line, Cause current) {
        Line next = nextEntry(k);
        int expected = current == null ? 1 : current.number() + 1;
        boolean skipped = next != null && next.label() != null && next.label().number() == expected + 1;
        if (current == null) {
            if (skipped && !Shapes.isIntro(line)) {
                add(line, expected);
                findings.inferred(line.position(), Messages.inferredCauseGap, expected);
            } else {
                intro.add(line);
            }
        } else if (skipped && current.more().isEmpty() && current.first() != line) {
            add(line, expected);
            findings.inferred(line.position(), Messages.inferredCauseGap, expected);
        } else if (next == null && hasCauseShape(line)) {
            add(line, expected);
            findings.inferred(line.position(), Messages.inferredCauseShape, expected);
        } else if (Shapes.isStray(line)) {
            findings.note(line, Messages.notPlacedStray);
        } else if (last && next == null && k == lines.size() - 1 && Shapes.isIntro(line)) {
            findings.note(line, Messages.notPlacedClosing);
        } else {
            current.more().add(line);
            findings.inferred(line.position(), Messages.inferredCauseContinued, current.number());
        }
    }

    private void add(Line line, int number) {
        causes.add(new Cause(line, number, new ArrayList<>()));
        longestHeadline = Math.max(longestHeadline, Sentences.firstEnd(line.body()));
    }

    /** @return the next paragraph labelled as a cause after {@code k}, or {@code null} */
    private Line nextEntry(int k) {
        return nextEntry[k] < lines.size() ? lines.get(nextEntry[k]) : null;
    }

    private boolean isEntry(Line line) {
        return line.label() != null && line.rank() == entryRank || line.label() == null && line.headingLevel() > 0;
    }

    private boolean hasCauseShape(Line line) {
        String body = line.body();
        int headline = Sentences.firstEnd(body);
        int longest = longestHeadline;
        return headline < body.length() && Sentences.endsLikeSentence(body.substring(0, headline))
                && headline <= Math.max(SHORT_HEADLINE, longest * 3 / 2);
    }
}
