package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import rectify.model.numbering.ChineseNumerals;
import rectify.importer.internal.Messages;
import rectify.importer.internal.read.Paragraph;

/**
 * Items that start with an ordinal word rather than a number label, as offices write problems,
 * causes and measures in a run: 一是…二是…, 首先…其次…再次…最后…, 第一，…第二，…, ①…②…, (1)…(2)…,
 * at the start of a paragraph or of a clause within one. A lead starts an item when it starts a
 * sequence (一是, 首先, 第一, ①, (1)) or continues one (the next number; 最后 after 首先), of the one
 * kind of lead that a part uses for its items; other leads are text, such as the sub-points of an
 * item.
 */
final class Ordinals {

    /** The kinds of leads. */
    enum Kind {
        /** 一是, 二是 */
        NUMERAL_IS,
        /** 首先, 其次, 再次, 最后 */
        ORDER,
        /** 第一, 第二 */
        ORDINAL,
        /** ①, ② */
        CIRCLED,
        /** (1), （2） */
        PARENTHESISED
    }

    /** A lead found in a text: where it starts and ends, its kind and number (0 for 最后). */
    record Lead(int start, int end, Kind kind, int number) {
    }

    private static final Pattern LEAD = Pattern.compile("(?<=^|[。！？；：!?;:])[\\s\\u3000]*" //$NON-NLS-1$
            + "(?:([一二三四五六七八九十]{1,3})是|(首先|其次|再次|最后)|第([一二三四五六七八九十]{1,3})(?:是)?(?=[，,、：:])" //$NON-NLS-1$
            + "|([\\u2460-\\u2473])|[（(]\\s*([0-9]{1,2})\\s*[）)])[，,、：:]?"); //$NON-NLS-1$
    private static final List<String> ORDER_WORDS = List.of("首先", "其次", "再次"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private Kind kind;
    private int expected;

    private Ordinals() {
    }

    /** @return whether the text starts with a number label or an ordinal lead */
    static boolean startsItem(String text) {
        if (Label.parse(text) != null) {
            return true;
        }
        Matcher m = LEAD.matcher(text);
        return m.lookingAt() && lead(m).number() != 0;
    }

    /** @return the leads in a text, in order, whether or not they start items */
    static List<Lead> leads(String text) {
        List<Lead> leads = new ArrayList<>();
        for (Matcher m = LEAD.matcher(text); m.find();) {
            leads.add(lead(m));
        }
        return leads;
    }

    private static Lead lead(Matcher m) {
        int start = m.start() + (m.group().length() - m.group().stripLeading().length());
        if (m.group(1) != null) {
            return new Lead(start, m.end(), Kind.NUMERAL_IS, ChineseNumerals.parse(m.group(1)));
        }
        if (m.group(2) != null) {
            return new Lead(start, m.end(), Kind.ORDER, ORDER_WORDS.indexOf(m.group(2)) + 1);
        }
        if (m.group(3) != null) {
            return new Lead(start, m.end(), Kind.ORDINAL, ChineseNumerals.parse(m.group(3)));
        }
        if (m.group(4) != null) {
            return new Lead(start, m.end(), Kind.CIRCLED, m.group(4).charAt(0) - '\u2460' + 1);
        }
        return new Lead(start, m.end(), Kind.PARENTHESISED, Integer.parseInt(m.group(5)));
    }

    /**
     * Splits the lines of a part where items start with ordinal leads: the text before the first
     * lead of a line stays a line of its own (of a labelled line, a heading: its first sentence
     * stays the heading, and the rest is a line of its own), and each item is a line labelled with
     * its lead ({@link Label#ORDINAL}). A labelled line ends the sequence before it; a line
     * labelled ① or （1） is read as starting with a lead.
     *
     * @return the lines split, or the same lines when none has an item
     */
    static List<Line> split(List<Line> lines) {
        Ordinals ordinals = new Ordinals();
        List<Line> split = new ArrayList<>();
        boolean any = false;
        for (Line written : lines) {
            Line line = written.rank() == Label.SUBITEM ? new Line(written.paragraph(), null, written.text(), false)
                    : written;
            if (line.label() != null) {
                ordinals.expected = 0;
            }
            List<Lead> items = ordinals.items(line.body());
            any |= !items.isEmpty();
            pieces(line, items, split);
        }
        return any ? split : lines;
    }

    /** Says in the report how many items of the lines are led by ordinal words, and by which. */
    static void report(List<Line> lines, Findings findings) {
        List<Line> items = lines.stream().filter(line -> line.rank() == Label.ORDINAL).toList();
        if (!items.isEmpty()) {
            String leads = items.stream().limit(2).map(line -> line.label().text().replaceAll("[，,、：:]$", "")) //$NON-NLS-1$ //$NON-NLS-2$
                    .distinct().collect(java.util.stream.Collectors.joining("、")) + "…"; //$NON-NLS-1$ //$NON-NLS-2$
            findings.recognised(items.get(0).position(), Messages.foundOrdinals, leads, items.size());
        }
    }

    /** @return the leads of the text that start items, in order, continuing the sequence so far */
    List<Lead> items(String text) {
        List<Lead> items = new ArrayList<>();
        for (Lead lead : leads(text)) {
            Lead item = item(lead);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** @return the items of one text on its own, such as the measures after 整改措施 */
    static List<Lead> itemsOf(String text) {
        return new Ordinals().items(text);
    }

    private Lead item(Lead lead) {
        if (kind != null && lead.kind() != kind) {
            return null;
        }
        int number = lead.number();
        if (lead.kind() == Kind.ORDER && number == 0) {
            number = expected >= 2 ? expected : 0;
        }
        if (number == 1 || number > 1 && number == expected) {
            kind = lead.kind();
            expected = number + 1;
            return new Lead(lead.start(), lead.end(), lead.kind(), number);
        }
        return null;
    }

    private static void pieces(Line line, List<Lead> items, List<Line> out) {
        String body = line.body();
        if (items.isEmpty()) {
            out.add(line);
            return;
        }
        String before = body.substring(0, items.get(0).start()).strip();
        if (line.label() != null) {
            int end = Sentences.firstEnd(before);
            String heading = before.substring(0, end);
            Paragraph paragraph = new Paragraph(line.position(), line.label().text() + heading, line.headingLevel(),
                    false, null);
            out.add(new Line(paragraph, line.label(), heading, false));
            before = before.substring(end).strip();
        }
        if (!before.isEmpty()) {
            out.add(piece(line, before, null, null));
        }
        for (int i = 0; i < items.size(); i++) {
            Lead lead = items.get(i);
            int end = i + 1 < items.size() ? items.get(i + 1).start() : body.length();
            String written = body.substring(lead.start(), lead.end());
            out.add(piece(line, body.substring(lead.start(), end).strip(),
                    new Label(Label.ORDINAL, written, lead.number()),
                    Sentences.trimStart(body.substring(lead.end(), end)).strip()));
        }
    }

    private static Line piece(Line line, String text, Label label, String body) {
        Paragraph paragraph = new Paragraph(line.position(), text, line.headingLevel(), false, null);
        return new Line(paragraph, label, body == null ? text : body, false);
    }
}
