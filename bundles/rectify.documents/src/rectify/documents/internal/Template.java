package rectify.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.osgi.util.NLS;

import rectify.documents.DocumentException;

/**
 * A Word template opened and checked: its placeholders found, then filled. {@code {{name}}} in a
 * paragraph (of the body, a table, a header or a footer) is replaced by a value, keeping the
 * formatting of the run it starts in; a paragraph of the body that holds only {@code {{#name}}} is
 * replaced by what a {@link Body} writes in its place.
 * <p>
 * Opening is guarded by POI's own checks: the container must be a Word document, and a part that
 * expands more than a hundred times its compressed size is a zip bomb, refused as soon as it shows.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(#?)([A-Za-z][A-Za-z0-9]*)\\}\\}");

    private final XWPFDocument document;
    private final String name;

    private Template(XWPFDocument document, String name) {
        this.document = document;
        this.name = name;
    }

    /**
     * Opens a template.
     *
     * @param in the template, a .docx
     * @param name the template's name for messages, e.g. its file
     * @return the template
     * @throws DocumentException when it is not a Word document, is damaged, or expands beyond the limits
     */
    public static Template open(InputStream in, String name) throws DocumentException {
        try {
            return new Template(new XWPFDocument(in), name);
        } catch (NotOfficeXmlFileException e) {
            throw new DocumentException(DocumentException.Problem.TEMPLATE, NLS.bind(Messages.templateNotWord, name),
                    e);
        } catch (IOException | POIXMLException | IllegalStateException e) {
            if (isBomb(e)) {
                throw new DocumentException(DocumentException.Problem.TEMPLATE,
                        NLS.bind(Messages.templateTooLarge, name), e);
            }
            if (e.getMessage() != null && e.getMessage().contains("No valid entries or contents found")) {
                throw new DocumentException(DocumentException.Problem.TEMPLATE,
                        NLS.bind(Messages.templateNotWord, name), e);
            }
            throw new DocumentException(DocumentException.Problem.TEMPLATE,
                    NLS.bind(Messages.templateUnreadable, name, reason(e)), e);
        }
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the max entry size")
                    || message.contains("exceeded maximum"))) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** @return the document being filled */
    public XWPFDocument document() {
        return document;
    }

    /**
     * Checks the placeholders against those the document knows.
     *
     * @param values the names of the values the document gives
     * @param blocks the names of the blocks it writes; each must be in the template
     * @param documentName the document's name, for messages
     * @throws DocumentException when a block is missing or a placeholder is unknown
     */
    public void check(Set<String> values, Set<String> blocks, String documentName) throws DocumentException {
        Set<String> missing = new LinkedHashSet<>(blocks);
        Set<String> unknown = new LinkedHashSet<>();
        forEachParagraph(paragraph -> {
            Matcher matcher = PLACEHOLDER.matcher(paragraph.getText());
            while (matcher.find()) {
                boolean block = !matcher.group(1).isEmpty();
                if (block ? !blocks.contains(matcher.group(2)) : !values.contains(matcher.group(2))) {
                    unknown.add(matcher.group());
                }
                if (block && isBlock(paragraph)) {
                    missing.remove(matcher.group(2));
                }
            }
        });
        if (!missing.isEmpty()) {
            throw new DocumentException(DocumentException.Problem.TEMPLATE, NLS.bind(Messages.templateMissing,
                    new Object[] { name, String.join(Messages.listSeparator, braces(missing, "{{#")), documentName }),
                    null);
        }
        if (!unknown.isEmpty()) {
            List<String> known = new ArrayList<>(braces(values, "{{"));
            known.addAll(braces(blocks, "{{#"));
            throw new DocumentException(DocumentException.Problem.TEMPLATE, NLS.bind(Messages.templateUnknown,
                    new Object[] { name, String.join(Messages.listSeparator, unknown),
                            String.join(Messages.listSeparator, known) }),
                    null);
        }
    }

    private static List<String> braces(Set<String> names, String open) {
        return names.stream().map(n -> open + n + "}}").toList();
    }

    /**
     * Fills the template.
     *
     * @param values the value of each placeholder {@code {{name}}}
     * @param blocks what to write in place of each paragraph {@code {{#name}}}
     */
    public void fill(Map<String, String> values, Map<String, Consumer<Body>> blocks) {
        List<XWPFParagraph> blockParagraphs = new ArrayList<>();
        forEachParagraph(paragraph -> {
            if (isBlock(paragraph)) {
                blockParagraphs.add(paragraph);
            } else if (paragraph.getText().contains("{{")) {
                replace(paragraph, values);
            }
        });
        for (XWPFParagraph paragraph : blockParagraphs) {
            Matcher matcher = PLACEHOLDER.matcher(paragraph.getText().strip());
            matcher.matches();
            blocks.get(matcher.group(2)).accept(new Body(document, paragraph));
            document.removeBodyElement(document.getPosOfParagraph(paragraph));
        }
    }

    /** @return whether the paragraph is a block placeholder: a paragraph of the body holding only {{#name}} */
    private boolean isBlock(XWPFParagraph paragraph) {
        Matcher matcher = PLACEHOLDER.matcher(paragraph.getText().strip());
        return matcher.matches() && !matcher.group(1).isEmpty() && paragraph.getBody() == document;
    }

    /** Replaces the values in a paragraph, each in the run its placeholder starts in. */
    private static void replace(XWPFParagraph paragraph, Map<String, String> values) {
        List<XWPFRun> runs = paragraph.getRuns();
        StringBuilder text = new StringBuilder();
        List<Integer> runOfChar = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String runText = runs.get(i).text();
            text.append(runText);
            for (int k = 0; k < runText.length(); k++) {
                runOfChar.add(i);
            }
        }
        String[] newTexts = new String[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            newTexts[i] = "";
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        int at = 0;
        while (matcher.find()) {
            append(newTexts, runOfChar, text, at, matcher.start());
            String value = matcher.group(1).isEmpty() ? values.getOrDefault(matcher.group(2), "") : matcher.group();
            newTexts[runOfChar.get(matcher.start())] += value;
            at = matcher.end();
        }
        append(newTexts, runOfChar, text, at, text.length());
        for (int i = 0; i < runs.size(); i++) {
            if (!newTexts[i].equals(runs.get(i).text())) {
                runs.get(i).setText(newTexts[i], 0);
                for (int t = runs.get(i).getCTR().sizeOfTArray() - 1; t > 0; t--) {
                    runs.get(i).getCTR().removeT(t);
                }
            }
        }
    }

    private static void append(String[] newTexts, List<Integer> runOfChar, CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            newTexts[runOfChar.get(k)] += text.charAt(k);
        }
    }

    private void forEachParagraph(Consumer<XWPFParagraph> action) {
        forEach(document.getBodyElements(), action);
        for (XWPFHeader header : document.getHeaderList()) {
            forEach(header.getBodyElements(), action);
        }
        for (XWPFFooter footer : document.getFooterList()) {
            forEach(footer.getBodyElements(), action);
        }
    }

    private static void forEach(List<IBodyElement> elements, Consumer<XWPFParagraph> action) {
        for (IBodyElement element : List.copyOf(elements)) {
            if (element instanceof XWPFParagraph paragraph) {
                action.accept(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        forEach(cell.getBodyElements(), action);
                    }
                }
            }
        }
    }
}
