package rectify.archive.internal.layout;

/**
 * The rules of Chinese line breaking: closing punctuation never begins a line, opening
 * punctuation never ends one, the two halves of —— and …… stay together, and runs of Latin
 * letters and digits are not broken.
 */
public final class Kinsoku {

    /** Characters that may not begin a line. */
    public static final String NO_LINE_START = "。．，、；：？！）》」』】〕〉〗’”…‥％‰℃°·,.;:?!)]}%";
    /** Characters that may not end a line. */
    public static final String NO_LINE_END = "（《「『【〔〈〖‘“([{";
    private static final String INSEPARABLE = "—…";

    private Kinsoku() {
    }

    /**
     * @param before the character before a possible break
     * @param after the character after it
     * @return whether a line may break between them
     */
    static boolean canBreak(int before, int after) {
        if (after == ' ') {
            return false;
        }
        if (NO_LINE_START.indexOf(after) >= 0) {
            return false;
        }
        if (before == ' ') {
            return true;
        }
        if (NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        if (before == after && INSEPARABLE.indexOf(before) >= 0) {
            return false;
        }
        return !(isWordCharacter(before) && isWordCharacter(after));
    }

    private static boolean isWordCharacter(int codePoint) {
        return codePoint < 0x2000 && !Character.isWhitespace(codePoint);
    }
}
