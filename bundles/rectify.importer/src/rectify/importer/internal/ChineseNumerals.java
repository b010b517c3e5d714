package rectify.importer.internal;

/** Chinese numerals of labels such as 三、 and （十二）: 一 to 九十九. */
public final class ChineseNumerals {

    private static final String DIGITS = "一二三四五六七八九"; //$NON-NLS-1$
    private static final char TEN = '十';

    private ChineseNumerals() {
    }

    /** @return the numeral of {@code n} (1 to 99), or {@code n} in digits beyond */
    public static String format(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int units = n % 10;
        StringBuilder out = new StringBuilder(3);
        if (tens > 1) {
            out.append(DIGITS.charAt(tens - 1));
        }
        if (tens > 0) {
            out.append(TEN);
        }
        if (units > 0) {
            out.append(DIGITS.charAt(units - 1));
        }
        return out.toString();
    }

    /** @return the value of a numeral of 一 to 九十九, or -1 when it is none */
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

    private static int digit(char c) {
        int index = DIGITS.indexOf(c);
        return index < 0 ? -1 : index + 1;
    }
}
