package rectify.ui.handlers;

/**
 * Number labels of headings as Chinese documents write them: （一）, （二） … （十） … （九十九）,
 * with full-width brackets.
 */
public final class HeadingLabels {

    private static final String DIGITS = "〇一二三四五六七八九"; //$NON-NLS-1$

    private HeadingLabels() {
    }

    /**
     * @param number a number from 1 to 99
     * @return its label, e.g. （四） for 4 and （十二） for 12
     * @throws IllegalArgumentException for other numbers
     */
    public static String of(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("not a heading number from 1 to 99: " + number); //$NON-NLS-1$
        }
        return "（" + numeral(number) + "）"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String numeral(int number) {
        if (number < 10) {
            return String.valueOf(DIGITS.charAt(number));
        }
        String tens = number / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(number / 10)); //$NON-NLS-1$
        String units = number % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(number % 10)); //$NON-NLS-1$
        return tens + "十" + units; //$NON-NLS-1$
    }
}
