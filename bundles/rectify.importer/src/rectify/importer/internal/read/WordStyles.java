package rectify.importer.internal.read;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * What a paragraph's style chain says: its heading level (from the paragraph's or a style's
 * outline level, or a style named "heading N" or "标题 N", as Word and WPS name them), whether it
 * is the document's title, and its numbering when the paragraph has none of its own.
 */
final class WordStyles {

    private static final Pattern HEADING = Pattern.compile("(?:heading|标题)\\s*([1-9])"); //$NON-NLS-1$
    private static final int BODY_TEXT_LEVEL = 9;
    /** Style chains are short; a longer one is a loop. */
    private static final int MAX_CHAIN = 16;

    private final XWPFStyles styles;

    WordStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    int headingLevel(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getOutlineLvl() != null) {
            return level(own.getOutlineLvl());
        }
        String id = paragraph.getStyleID();
        for (int i = 0; i < MAX_CHAIN && id != null && styles != null; i++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            Matcher heading = HEADING.matcher(name(style));
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && properties.getOutlineLvl() != null) {
                return level(properties.getOutlineLvl());
            }
            id = style.getBasisStyleID();
        }
        return 0;
    }

    boolean isTitle(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        XWPFStyle style = id == null || styles == null ? null : styles.getStyle(id);
        return style != null && (name(style).equals("title") || name(style).equals("标题")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the paragraph's numbering properties, its own or its style's; {@code null} when it has none */
    CTNumPr numbering(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null) {
            return own.getNumPr();
        }
        String id = paragraph.getStyleID();
        for (int i = 0; i < MAX_CHAIN && id != null && styles != null; i++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && properties.getNumPr() != null) {
                return properties.getNumPr();
            }
            id = style.getBasisStyleID();
        }
        return null;
    }

    private static String name(XWPFStyle style) {
        return style.getName() == null ? "" : style.getName().trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static int level(CTDecimalNumber outlineLevel) {
        BigInteger value = outlineLevel.getVal();
        return value == null || value.intValue() >= BODY_TEXT_LEVEL ? 0 : value.intValue() + 1;
    }
}
