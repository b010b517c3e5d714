package rectify.importer.internal.read;

import rectify.model.numbering.ChineseNumerals;

/** Numbers in Word's number formats ({@code w:numFmt}); unknown formats show decimal numbers. */
final class NumberFormats {

    private static final String LEGAL = "壹贰叁肆伍陆柒捌玖拾"; //$NON-NLS-1$
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"; //$NON-NLS-1$
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"; //$NON-NLS-1$
    private static final String IDEOGRAPH_DIGITS = "〇一二三四五六七八九"; //$NON-NLS-1$

    private NumberFormats() {
    }

    static String format(int n, String format) {
        if (format == null || n < 1) {
            return Integer.toString(n);
        }
        return switch (format) {
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n); //$NON-NLS-1$ //$NON-NLS-2$
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n); //$NON-NLS-1$ //$NON-NLS-2$
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "koreanCounting", "ideographLegalTraditional" -> //$NON-NLS-1$//$NON-NLS-2$
                ChineseNumerals.format(n);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "chineseLegalSimplified" -> n <= LEGAL.length() ? LEGAL.substring(n - 1, n) : Integer.toString(n); //$NON-NLS-1$
            case "ideographTraditional" -> cycle(HEAVENLY_STEMS, n); //$NON-NLS-1$
            case "ideographZodiac" -> cycle(EARTHLY_BRANCHES, n); //$NON-NLS-1$
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed('①', 20, n); //$NON-NLS-1$ //$NON-NLS-2$
            case "decimalEnclosedParen" -> enclosed('⑴', 20, n); //$NON-NLS-1$
            case "decimalEnclosedFullstop" -> enclosed('⒈', 20, n); //$NON-NLS-1$
            case "ideographEnclosedCircle" -> enclosed('㈠', 10, n); //$NON-NLS-1$
            case "lowerLetter" -> letters(n, 'a'); //$NON-NLS-1$
            case "upperLetter" -> letters(n, 'A'); //$NON-NLS-1$
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
            case "upperRoman" -> roman(n); //$NON-NLS-1$
            default -> Integer.toString(n);
        };
    }

    private static String fullWidth(int n) {
        StringBuilder out = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> out.append((char) ('０' + c - '0')));
        return out.toString();
    }

    private static String digits(int n) {
        StringBuilder out = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> out.append(IDEOGRAPH_DIGITS.charAt(c - '0')));
        return out.toString();
    }

    private static String cycle(String symbols, int n) {
        return String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String enclosed(char first, int count, int n) {
        return n <= count ? String.valueOf((char) (first + n - 1)) : Integer.toString(n);
    }

    /** a … z, then aa … zz, as Word writes them. */
    private static String letters(int n, char a) {
        return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
