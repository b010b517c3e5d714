package rectify.importer.internal.recognise;

/**
 * Sentences of Chinese text: a sentence ends at 。！？ (or ! ?) outside quotation marks and
 * brackets, together with the closing marks that follow.
 */
final class Sentences {

    private static final String ENDS = "。！？!?"; //$NON-NLS-1$
    private static final String OPENERS = "“‘「『《（(【"; //$NON-NLS-1$
    private static final String CLOSERS = "”’」』》）)】"; //$NON-NLS-1$
    /** Quotation marks written straight ("), which open and close alike. */
    private static final char STRAIGHT = '"';

    private Sentences() {
    }

    /** @return the end (exclusive) of the first sentence of {@code text}: its length when there is no end mark */
    static int firstEnd(String text) {
        return endFrom(text, 0);
    }

    /** @return whether {@code text} is one sentence, with or without its end mark */
    static boolean isSingle(String text) {
        int end = firstEnd(text);
        return end >= text.length() || text.substring(end).isBlank();
    }

    /** @return whether {@code text} ends with an end mark, a comma-like mark or a closing mark, as sentences do */
    static boolean endsLikeSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ENDS.indexOf(last) >= 0 || CLOSERS.indexOf(last) >= 0 || "；;：:，,…".indexOf(last) >= 0; //$NON-NLS-1$
    }

    /** @return whether {@code text} ends a sentence or a clause: 。！？；： or their half-width forms, maybe with closing marks after them */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && "。！？!?；;：:".indexOf(text.charAt(end - 1)) >= 0; //$NON-NLS-1$
    }

    static String trimStart(String text) {
        int start = 0;
        while (start < text.length()
                && (Character.isWhitespace(text.charAt(start)) || Character.isSpaceChar(text.charAt(start)))) {
            start++;
        }
        return text.substring(start);
    }

    /**
     * @return the end of the sentence from {@code from}; when quotation marks are left open, the
     *         first end mark inside them, rather than the rest of the text
     */
    private static int endFrom(String text, int from) {
        int depth = 0;
        boolean straight = false;
        int quoted = -1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == STRAIGHT) {
                straight = !straight;
            } else if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (ENDS.indexOf(c) >= 0 && depth == 0 && !straight) {
                return closed(text, i + 1);
            } else if (ENDS.indexOf(c) >= 0 && quoted < 0) {
                quoted = i + 1;
            }
        }
        return quoted < 0 || depth == 0 && !straight ? text.length() : closed(text, quoted);
    }

    /** @return the end after the closing marks and end marks that follow {@code end} */
    private static int closed(String text, int end) {
        int closed = end;
        while (closed < text.length()
                && (ENDS.indexOf(text.charAt(closed)) >= 0 || CLOSERS.indexOf(text.charAt(closed)) >= 0)) {
            closed++;
        }
        return closed;
    }
}
