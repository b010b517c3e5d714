package rectify.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import rectify.documents.DocumentKind;
import rectify.documents.DocumentTemplates;

/**
 * The styles the generated text uses, as the shipped templates define them; a template of an
 * organisation that lacks one gets it from the shipped templates, so that headings stay Word
 * headings and tables keep their rules.
 */
public final class Styles {

    /** Level-1 headings (一、): Hei, 3号, Word's "heading 1". */
    public static final String HEADING1 = "Heading1";
    /** Level-2 headings (（一）): Kai, 3号, Word's "heading 2". */
    public static final String HEADING2 = "Heading2";
    /** Tables: single rules, centred. */
    public static final String TABLE = "TableGrid";
    /** Text in tables: FangSong, 小四, off the grid. */
    public static final String TABLE_TEXT = "TableText";
    /** Header cells of tables: Hei, 小四, centred. */
    public static final String TABLE_HEADING = "TableHeading";
    /** The font of level-2 headings, by the name Word and WPS know. */
    public static final String KAI = "楷体_GB2312";
    /** The width of the type area, 156 mm, in twentieths of a point. */
    static final int TYPE_WIDTH_TWIPS = 8844;

    private static final List<String> USED = List.of(HEADING1, HEADING2, TABLE_TEXT, TABLE_HEADING, TABLE);

    private Styles() {
    }

    /**
     * Adds to a document the styles of the generated text that it lacks, from the shipped template.
     *
     * @param document a document made from a template
     */
    public static void complete(XWPFDocument document) {
        XWPFStyles styles = document.getStyles() == null ? document.createStyles() : document.getStyles();
        if (USED.stream().allMatch(styles::styleExist)) {
            return;
        }
        try (InputStream in = DocumentTemplates.shipped(DocumentKind.MATERIAL);
                XWPFDocument shipped = new XWPFDocument(in)) {
            for (String id : USED) {
                if (!styles.styleExist(id)) {
                    add(styles, shipped.getStyles(), id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(XWPFStyles styles, XWPFStyles from, String id) {
        XWPFStyle style = from.getStyle(id);
        if (style.getBasisStyleID() != null && !styles.styleExist(style.getBasisStyleID())) {
            add(styles, from, style.getBasisStyleID());
        }
        styles.addStyle(new XWPFStyle((CTStyle) style.getCTStyle().copy(), styles));
    }
}
