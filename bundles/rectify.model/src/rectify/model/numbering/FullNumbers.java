package rectify.model.numbering;

/**
 * How the full number of a problem, cause or measure is written ({@code ChainElement.fullNumber}):
 * the place of its aspect or direction, a dot and its number, 2.1; the number alone where there is
 * no such place.
 */
public final class FullNumbers {

    private FullNumbers() {
    }

    /**
     * @param position the place of the element's aspect or direction in its review, from 1; 0 for a
     *        cause or an element in no review
     * @param number the element's number in its sequence
     * @return e.g. {@code 2.1}, or {@code 3} without a position; empty while the number is 0 or less
     */
    public static String of(int position, int number) {
        if (number <= 0) {
            return "";
        }
        return position > 0 ? position + "." + number : Integer.toString(number);
    }
}
