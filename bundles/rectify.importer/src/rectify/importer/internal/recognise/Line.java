package rectify.importer.internal.recognise;

import rectify.importer.internal.read.Paragraph;

/**
 * A paragraph as the recogniser reads it: its label, written or given by Word's automatic
 * numbering, and the text after the label.
 *
 * @param paragraph the paragraph
 * @param label the label, or {@code null}
 * @param body the text after the label (all of it when there is none)
 * @param automatic whether the label comes from Word's automatic numbering
 */
record Line(Paragraph paragraph, Label label, String body, boolean automatic) {

    static Line of(Paragraph paragraph) {
        String text = paragraph.text();
        Label written = Label.parse(text);
        if (written != null) {
            return new Line(paragraph, written, Sentences.trimStart(text.substring(written.text().length())), false);
        }
        Label numbered = paragraph.numberLabel() == null ? null : Label.parse(paragraph.numberLabel().strip());
        return new Line(paragraph, numbered, text, numbered != null);
    }

    int position() {
        return paragraph.position();
    }

    /** @return the whole text as the reader sees it: the label, then the body */
    String text() {
        return automatic ? label.text() + body : paragraph.text();
    }

    int rank() {
        return label == null ? 0 : label.rank();
    }

    boolean hasRank(int rank) {
        return label != null && label.rank() == rank;
    }

    int headingLevel() {
        return paragraph.headingLevel();
    }

    /** @return the label as the record keeps it: as written (or numbered), empty when there is none */
    String labelText() {
        return label == null ? "" : label.text(); //$NON-NLS-1$
    }
}
