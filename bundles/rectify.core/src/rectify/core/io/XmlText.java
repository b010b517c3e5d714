package rectify.core.io;

/**
 * Text as XML holds it, in an element or an attribute value of a document written as text (the
 * XMP packet of an archive, an SVG drawing): what XML would read as markup is escaped, and what it
 * cannot hold at all (control characters other than tab and line breaks, halves of surrogate
 * pairs, U+FFFE and U+FFFF) is left out.
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * @param text any text
     * @return the text, escaped for an element or an attribute value in double quotes
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
                case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
                case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
                case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
