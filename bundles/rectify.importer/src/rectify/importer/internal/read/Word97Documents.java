package rectify.importer.internal.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/**
 * Word 97-2003 documents (.doc, also as WPS saves them) through Apache POI's HWPF: the
 * paragraphs of the main text in document order, those in tables included, each with its
 * heading level (outline level, or a style named "heading N" or "标题 N") and the label of Word's
 * automatic numbering. Field codes are left out (their results are kept); a soft line break
 * starts a new paragraph, as in .docx documents.
 */
final class Word97Documents {

    private static final Pattern HEADING = Pattern.compile("(?:heading|标题)\\s*([1-9])"); //$NON-NLS-1$
    /** Word's outline level of body text. */
    private static final int BODY_TEXT_LEVEL = 9;
    private static final char SOFT_BREAK = '\u000B';
    private static final int WORD_95 = 0xA5DC;

    private Word97Documents() {
    }

    static SourceDocument read(Path file, DirectoryNode root) throws ImportException, IOException {
        HWPFDocument document;
        try {
            document = new HWPFDocument(root);
        } catch (EncryptedDocumentException e) {
            throw ImportException.of(file, Problem.ENCRYPTED, e);
        } catch (OldWordFileFormatException e) {
            if (isWord95(root)) {
                throw ImportException.of(file, Problem.UNSUPPORTED_FORMAT, e, "Word 6.0/95"); //$NON-NLS-1$
            }
            throw ImportException.of(file, Problem.DAMAGED, e, "no Word file information block"); //$NON-NLS-1$
        }
        Range range = document.getRange();
        StyleSheet styles = document.getStyleSheet();
        Word97Numbering numbering = new Word97Numbering();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < range.numParagraphs(); i++) {
            org.apache.poi.hwpf.usermodel.Paragraph paragraph = range.getParagraph(i);
            String style = styleName(styles, paragraph.getStyleIndex());
            String label = numbering.next(paragraph);
            int level = headingLevel(paragraph.getLvl(), style);
            boolean title = style.equals("title") || style.equals("标题"); //$NON-NLS-1$ //$NON-NLS-2$
            for (String line : text(paragraph.text()).split(String.valueOf(SOFT_BREAK))) {
                String stripped = Paragraph.strip(line);
                if (!stripped.isEmpty()) {
                    paragraphs.add(new Paragraph(i + 1, stripped, level, title, label));
                    label = null;
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw ImportException.of(file, Problem.EMPTY, null);
        }
        return new SourceDocument(file, SourceDocument.WORD_97, false, paragraphs);
    }

    /** @return whether the main stream starts as Word 6.0 and 95 write it (magic number 0xA5DC) */
    private static boolean isWord95(DirectoryNode root) throws IOException {
        try (DocumentInputStream in = root.createDocumentInputStream("WordDocument")) { //$NON-NLS-1$
            return in.available() >= 2 && in.readUShort() == WORD_95;
        }
    }

    /** @return the text without field codes and Word's control characters, soft line breaks kept */
    private static String text(String raw) {
        String text = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (c >= ' ' || c == SOFT_BREAK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String styleName(StyleSheet styles, int index) {
        StyleDescription style = styles == null ? null : styles.getStyleDescription(index);
        return style == null || style.getName() == null ? "" : style.getName().trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static int headingLevel(int outlineLevel, String style) {
        var heading = HEADING.matcher(style);
        if (heading.matches()) {
            return Integer.parseInt(heading.group(1));
        }
        return outlineLevel >= 0 && outlineLevel < BODY_TEXT_LEVEL ? outlineLevel + 1 : 0;
    }
}
