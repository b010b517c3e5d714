package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;

import rectify.importer.internal.Messages;

/**
 * The outline of a document: its title (over up to three lines), the preamble, and the parts that start at headings
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

    /** The most lines a title is written over. */
    private static final int TITLE_LINES = 3;

    private final List<Line> title;
    private final List<Line> preamble = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();

    private Outline(List<Line> title) {
        this.title = title;
    }

    static Outline of(List<Line> lines, Findings findings) {
        Outline outline = new Outline(title(lines));
        if (outline.title.size() > 1) {
            findings.recognised(outline.title.get(0).position(), Messages.foundTitleLines, outline.title.size());
        }
        int partLevel = partLevel(lines, outline.title);
        Part part = null;
        for (Line line : lines) {
            if (outline.title.contains(line)) {
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
    private static int partLevel(List<Line> lines, List<Line> title) {
        boolean labelled = lines.stream().anyMatch(line -> line.rank() == Label.PART && isShortHeading(line));
        return lines.stream().filter(line -> !title.contains(line) && line.headingLevel() > 0)
                .filter(line -> !labelled || line.rank() == Label.PART).mapToInt(Line::headingLevel).min().orElse(0);
    }

    private static boolean isShortHeading(Line line) {
        return line.body().length() <= MAX_HEADING && Sentences.isSingle(line.body());
    }

    /**
     * @return the lines of the title: the first line when it reads as a title, or the first two
     *         or three when they do together (a title over several lines, the last ending in a
     *         title's word such as 材料 or 报告); the paragraphs in Word's title style at the start
     */
    private static List<Line> title(List<Line> lines) {
        List<Line> styled = lines.stream().takeWhile(line -> line.paragraph().title()).toList();
        if (!styled.isEmpty()) {
            return styled;
        }
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= Math.min(TITLE_LINES, lines.size()); n++) {
            Line line = lines.get(n - 1);
            if (line.label() != null || !isTitleText(line.text()) || n > 1 && PartKind.isUsualHeading(line.text())) {
                break;
            }
            text.append(line.text());
            boolean ends = n == 1 ? TITLE_WORDS.stream().anyMatch(text.toString()::contains)
                    : TITLE_WORDS.stream().anyMatch(line.text()::endsWith);
            if (ends && text.length() <= MAX_TITLE) {
                return lines.subList(0, n);
            }
        }
        return List.of();
    }

    private static boolean isTitleText(String text) {
        return text.length() <= MAX_TITLE && Sentences.firstEnd(text) >= text.length()
                && !Sentences.endsLikeSentence(text);
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

    /** @return the title, its lines joined; {@code null} when the document has none */
    String title() {
        return title.isEmpty() ? null : title.stream().map(Line::text).reduce("", String::concat); //$NON-NLS-1$
    }

    /** @return where the title starts; 0 when the document has none */
    int titlePosition() {
        return title.isEmpty() ? 0 : title.get(0).position();
    }

    List<Line> preamble() {
        return preamble;
    }

    List<Part> parts() {
        return parts;
    }
}
