package rectify.importer.internal.recognise;

/** The shapes of paragraphs that tell a reader what they are when no label does. */
final class Shapes {

    /** Lines this short with no end mark are signatures, dates or captions, not prose. */
    private static final int STRAY_LENGTH = 30;

    private Shapes() {
    }

    /** @return whether the line introduces what follows: it ends with a colon or announces 以下 or 如下 */
    static boolean isIntro(Line line) {
        String body = line.body();
        return body.endsWith("：") || body.endsWith(":") || body.contains("以下") || body.contains("如下"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** @return whether the line is short and has no end mark at all: a signature or a date */
    static boolean isStray(Line line) {
        String body = line.body();
        return body.length() <= STRAY_LENGTH && !Sentences.endsLikeSentence(body)
                && Sentences.firstEnd(body) >= body.length();
    }

    /** @return whether the line reads as a heading: one sentence */
    static boolean isHeading(Line line) {
        return Sentences.isSingle(line.body());
    }
}
