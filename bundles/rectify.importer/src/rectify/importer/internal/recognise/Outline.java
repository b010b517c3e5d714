package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;

import rectify.importer.internal.Messages;

/**
 * The outline of a document: its title, the preamble, and the parts that start at headings
 * such as 一、存在的主要问题. A part's heading is a short paragraph labelled 一、 (or 第一部分),
 * or, without a number, one in the top Word heading style or in one of the usual wordings.
 */
final class Outline {

    /** A part: its heading, what it holds, and its paragraphs after the heading. */
    record Part(Line heading, PartKind kind, List<Line> lines) {
    }

    /** Part headings are short; a longer paragraph with 一、 is prose. */
    private static final int MAX_HEADING = 40;
    /** Titles are a line or two. */
    private static final int MAX_TITLE = 80;
    private static final List<String> TITLE_WORDS = List.of("材料", "报告", "发言", "提纲", "检视", "剖析"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private final Line title;
    private final List<Line> preamble = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();

    private Outline(Line title) {
        this.title = title;
    }

    static Outline of(List<Line> lines, Findings findings) {
        Line title = !lines.isEmpty() && isTitle(lines.get(0)) ? lines.get(0) : null;
        Outline outline = new Outline(title);
        int partLevel = partLevel(lines, title);
        Part part = null;
        for (Line line : lines) {
            if (line == title) {
                continue;
            }
            if (isPartHeading(line, partLevel)) {
                part = new Part(line, PartKind.of(line.body()), new ArrayList<>());
                outline.parts.add(part);
                if (line.label() == null) {
                    findings.inferred(line.position(), Messages.inferredPartHeading, line.body());
                }
            } else if (part == null) {
                outline.preamble.add(line);
            } else {
                part.lines().add(line);
            }
        }
        return outline;
    }

    /**
     * @return the Word heading level of parts: that of the headings labelled 一、 when there are
     *         such, else the top level of headings; 0 when parts are not marked by heading styles
     */
    private static int partLevel(List<Line> lines, Line title) {
        boolean labelled = lines.stream().anyMatch(line -> line.rank() == Label.PART && isShortHeading(line));
        return lines.stream().filter(line -> line != title && line.headingLevel() > 0)
                .filter(line -> !labelled || line.rank() == Label.PART).mapToInt(Line::headingLevel).min().orElse(0);
    }

    private static boolean isShortHeading(Line line) {
        return line.body().length() <= MAX_HEADING && Sentences.isSingle(line.body());
    }

    private static boolean isTitle(Line line) {
        String text = line.text();
        return line.paragraph().title() || line.label() == null && text.length() <= MAX_TITLE
                && Sentences.firstEnd(text) >= text.length() && !Sentences.endsLikeSentence(text)
                && TITLE_WORDS.stream().anyMatch(text::contains);
    }

    private static boolean isPartHeading(Line line, int partLevel) {
        if (!isShortHeading(line)) {
            return false;
        }
        if (line.label() != null) {
            return line.rank() == Label.PART;
        }
        return partLevel > 0 && line.headingLevel() == partLevel || PartKind.isUsualHeading(line.body());
    }

    Line title() {
        return title;
    }

    List<Line> preamble() {
        return preamble;
    }

    List<Part> parts() {
        return parts;
    }
}
