package rectify.importer.internal.read;

/**
 * A paragraph of a source document with text, as the reader sees it.
 *
 * @param position where it is: the line of a text file, or the paragraph of a Word document
 *        (1-based, counting empty ones)
 * @param text the text as written, without the spaces, ideographic spaces and no-break spaces
 *        around it
 * @param headingLevel the level of a Word heading (1 for the top), 0 for body text
 * @param title whether Word's title style sets it apart as the document's title
 * @param numberLabel the label Word's automatic numbering shows before it, such as {@code 1.}
 *        or {@code （一）}, which is not in the text; {@code null} when there is none
 */
public record Paragraph(int position, String text, int headingLevel, boolean title, String numberLabel) {

    /** @return a body paragraph of a text file */
    public static Paragraph plain(int position, String text) {
        return new Paragraph(position, text, 0, false, null);
    }

    /** @return {@code text} without white space of any kind at its ends */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
