package rectify.importer.internal.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import rectify.model.numbering.ChineseNumerals;

/**
 * A number label at the start of a paragraph, in the ranks of Chinese official documents
 * (GB/T 9704): 一、 for parts, （一） for aspects, causes and directions, 1. for problems and
 * measures, （1） or ① below them. Full-width and half-width brackets and points are all read.
 *
 * @param rank the rank, {@link #PART} the highest
 * @param text the label exactly as written, with the point or comma after it
 * @param number its number, 1 for 一, （一）, 1. and ①
 */
record Label(int rank, String text, int number) {

    static final int PART = 1;
    static final int GROUP = 2;
    static final int ITEM = 3;
    static final int SUBITEM = 4;
    /** Items led by an ordinal word (一是, 首先, 第一) or an enclosed number within a paragraph; see {@link Ordinals}. */
    static final int ORDINAL = 5;

    private static final String NUMERAL = "([一二三四五六七八九十]{1,3})"; //$NON-NLS-1$
    private static final String DIGITS = "([0-9０-９]{1,3})"; //$NON-NLS-1$

    private record Form(int rank, Pattern pattern, boolean chinese) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(PART, Pattern.compile("^" + NUMERAL + "\\s*[、．.]"), true), //$NON-NLS-1$ //$NON-NLS-2$
            new Form(PART, Pattern.compile("^第" + NUMERAL + "部分(?:\\s*[、：:．.])?"), true), //$NON-NLS-1$ //$NON-NLS-2$
            new Form(GROUP, Pattern.compile("^[（(]\\s*" + NUMERAL + "\\s*[）)](?:\\s*[、，,．.])?"), true), //$NON-NLS-1$ //$NON-NLS-2$
            new Form(ITEM, Pattern.compile("^" + DIGITS + "\\s*(?:[.．、](?![0-9０-９])|[）)])"), false), //$NON-NLS-1$ //$NON-NLS-2$
            new Form(SUBITEM, Pattern.compile("^[（(]\\s*" + DIGITS + "\\s*[）)](?:\\s*[、，,．.])?"), false)); //$NON-NLS-1$ //$NON-NLS-2$

    /** Enclosed numbers: ㈠ (a group), ① ⑴ ⒈ (sub-items). */
    private static final String[][] ENCLOSED = { { "㈠", "10" }, { "①", "20" }, { "⑴", "20" }, { "⒈", "20" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    /** @return the label at the start of {@code text}, or {@code null} when it starts with none */
    static Label parse(String text) {
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            if (m.find()) {
                int number = form.chinese() ? ChineseNumerals.parse(m.group(1)) : digits(m.group(1));
                if (number > 0) {
                    return new Label(form.rank(), m.group(), number);
                }
            }
        }
        return text.isEmpty() ? null : enclosed(text.charAt(0));
    }

    private static Label enclosed(char c) {
        for (String[] range : ENCLOSED) {
            int offset = c - range[0].charAt(0);
            if (offset >= 0 && offset < Integer.parseInt(range[1])) {
                return new Label(range[0].equals("㈠") ? GROUP : SUBITEM, String.valueOf(c), offset + 1); //$NON-NLS-1$
            }
        }
        return null;
    }

    private static int digits(String digits) {
        int value = 0;
        for (char c : digits.toCharArray()) {
            value = value * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return value;
    }
}
