package rectify.model.numbering;

/**
 * Chinese numerals as documents number their parts: 一 to 九十九, in section labels such as 三、
 * and in heading labels such as （十二）. Written and read here only.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "一二三四五六七八九";
    private static final char TEN = '十';
    private static final int HIGHEST = 99;

    private ChineseNumerals() {
    }

    /**
     * @param n a number
     * @return its numeral for 1 to 99, e.g. 十二 for 12; the number in digits for any other
     */
    public static String format(int n) {
        if (n < 1 || n > HIGHEST) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int units = n % 10;
        StringBuilder numeral = new StringBuilder(3);
        if (tens > 1) {
            numeral.append(DIGITS.charAt(tens - 1));
        }
        if (tens > 0) {
            numeral.append(TEN);
        }
        if (units > 0) {
            numeral.append(DIGITS.charAt(units - 1));
        }
        return numeral.toString();
    }

    /**
     * @param numeral a numeral of 一 to 九十九, without brackets or punctuation
     * @return its value, or -1 when it is no such numeral
     */
    public static int parse(String numeral) {
        int ten = numeral.indexOf(TEN);
        if (ten < 0) {
            return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
        }
        if (ten != numeral.lastIndexOf(TEN) || numeral.length() > 3) {
            return -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(numeral.charAt(0)) : -1;
        int units = ten == numeral.length() - 1 ? 0 : ten == numeral.length() - 2 ? digit(numeral.charAt(ten + 1)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    /**
     * @param n a number
     * @return the heading label of the n-th aspect, direction or cause, in full-width brackets:
     *         （四） for 4, （十二） for 12
     */
    public static String inParentheses(int n) {
        return "（" + format(n) + "）";
    }

    private static int digit(char c) {
        int index = DIGITS.indexOf(c);
        return index < 0 ? -1 : index + 1;
    }
}
