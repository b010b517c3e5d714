package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a finding in a rectification progress report, each after its marker at the
 * start of a paragraph or a clause: 整改措施 (the measures), 整改进展, 整改情况 or 完成情况 (the
 * progress), 责任领导, 责任单位 and 完成时限 (who answers for the measures, and by when), also in
 * brackets after the finding: （责任领导：…；责任单位：…；完成时限：…）.
 */
final class ProgressSections {

    /** What a section holds. */
    enum Kind {
        MEASURES, PROGRESS, LEADER, UNIT, DEADLINE
    }

    /** A section: what it holds, its marker as written, and its text after the marker. */
    record Section(Kind kind, String marker, String text) {
    }

    /** A finding's text before the first marker, and its sections in order. */
    record Split(String finding, List<Section> sections) {
    }

    private static final Pattern MARKER = Pattern.compile("(?<=^|[。！？；;，,\\n（(]|[。！？；;]\\s)[\\s\\u3000]*[【\\[〔]?" //$NON-NLS-1$
            + "(整改措施|整改举措|整改进展|进展情况|整改情况|完成情况|整改成效|责任领导|牵头领导|分管领导|责任单位|责任科室|责任部门" //$NON-NLS-1$
            + "|责任处室|牵头单位|牵头部门|牵头科室|完成时限|整改时限|完成时间)[】\\]〕]?\\s*[：:]"); //$NON-NLS-1$
    private static final String TRAILING = "；;，,。 \u3000\n"; //$NON-NLS-1$

    private ProgressSections() {
    }

    /** @return whether the text starts with a section's marker */
    static boolean startsSection(String text) {
        Matcher m = MARKER.matcher(text);
        return m.lookingAt();
    }

    /** @return whether the text has a section's marker anywhere */
    static boolean hasSection(String text) {
        return MARKER.matcher(text).find();
    }

    static Split split(String text) {
        Matcher m = MARKER.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] { m.start(1), m.end() });
        }
        if (found.isEmpty()) {
            return new Split(text, List.of());
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < found.size() ? markerStart(text, found.get(i + 1)[0]) : text.length();
            String marker = text.substring(found.get(i)[0], found.get(i)[1]);
            String value = text.substring(found.get(i)[1], end);
            sections.add(new Section(kind(m.pattern().matcher(marker)), marker, value.strip()));
        }
        String finding = text.substring(0, markerStart(text, found.get(0)[0])).strip();
        return new Split(finding, sections);
    }

    /** @return where the marker starting at {@code at} begins, with the bracket or the brackets before it */
    private static int markerStart(String text, int at) {
        int start = at;
        while (start > 0 && "【[〔（( \u3000".indexOf(text.charAt(start - 1)) >= 0) { //$NON-NLS-1$
            start--;
        }
        return start;
    }

    private static Kind kind(Matcher marker) {
        String word = marker.find() ? marker.group(1) : ""; //$NON-NLS-1$
        return switch (word) {
            case "整改措施", "整改举措" -> Kind.MEASURES; //$NON-NLS-1$ //$NON-NLS-2$
            case "责任领导", "牵头领导", "分管领导" -> Kind.LEADER; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "完成时限", "整改时限", "完成时间" -> Kind.DEADLINE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "整改进展", "进展情况", "整改情况", "完成情况", "整改成效" -> Kind.PROGRESS; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            default -> Kind.UNIT;
        };
    }

    /** @return a value of a responsibility section without the punctuation and brackets after it */
    static String value(String text) {
        int end = text.length();
        while (end > 0 && (TRAILING.indexOf(text.charAt(end - 1)) >= 0
                || ")）".indexOf(text.charAt(end - 1)) >= 0 //$NON-NLS-1$
                        && !text.substring(0, end - 1).contains(String.valueOf(opening(text.charAt(end - 1)))))) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    private static char opening(char closing) {
        return closing == ')' ? '(' : '（';
    }
}
