package rectify.archive.internal.content;

import java.util.ArrayList;
import java.util.List;

import rectify.archive.FontRole;
import rectify.archive.internal.Messages;
import rectify.archive.internal.layout.Align;
import rectify.archive.internal.layout.Drawable;
import rectify.archive.internal.layout.LineBreaker;
import rectify.archive.internal.layout.Page;
import rectify.archive.internal.layout.PageFrame;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;
import rectify.model.ArchivalInfo;
import rectify.model.Record;
import rectify.model.Register;

/**
 * The archival stamp (归档章) of DA/T 22-2015, printed in red in the top margin of the first page,
 * flush with the right edge of the type area: two rows of three cells of 15 × 8 mm, 全宗号 年度
 * 件号 over 机构（问题） 保管期限 页数, each holding its value in 5号 Song. A value the record's
 * archival information lacks leaves its cell blank, to be filled in by hand; the page count is
 * always there.
 */
final class ArchivalStamp {

    private static final float CELL_WIDTH = 15 * PageFrame.MM;
    private static final float CELL_HEIGHT = 8 * PageFrame.MM;
    /** The stamp's top, from the top of the page. */
    private static final float TOP = 14 * PageFrame.MM;
    private static final float PAD = 1;
    private static final float RULE = 0.75f;
    private static final int RED = 0xC00000;
    private static final Style STYLE = new Style(FontRole.PAGE_NUMBER, PageFrame.SIZE_5, 0);
    private static final int COLUMNS = 3;
    private static final int PAGES_CELL = 5;

    private final String[] values = new String[6];
    private final List<String> blank = new ArrayList<>();

    ArchivalStamp(Record record) {
        ArchivalInfo info = record.getArchivalInfo();
        Register register = Words.register(record);
        String fonds = register == null ? null : register.getFondsCode();
        values[0] = value(fonds, Messages.fieldFondsCode);
        values[1] = value(info == null || info.getYear() <= 0 ? null : Integer.toString(info.getYear()),
                Messages.fieldYear);
        values[2] = value(info == null || info.getItemNumber() <= 0 ? null : Integer.toString(info.getItemNumber()),
                Messages.fieldItemNumber);
        values[3] = value(info == null ? null : info.getOrganizationCode(), Messages.fieldOrganizationCode);
        values[4] = value(info == null || !info.isSetRetention() ? null : Words.retention(info.getRetention()),
                Messages.fieldRetention);
    }

    private String value(String value, String field) {
        if (Words.isBlank(value)) {
            blank.add(field);
            return "";
        }
        return value.strip();
    }

    /** @return the names of the fields left blank, in the user's language */
    List<String> blankFields() {
        return blank;
    }

    /**
     * Draws the stamp.
     *
     * @param page the first page
     * @param pages the number of pages of the document
     * @param breaker sets the values
     */
    void draw(Page page, int pages, LineBreaker breaker) {
        values[PAGES_CELL] = Integer.toString(pages);
        float left = PageFrame.LEFT + PageFrame.WIDTH - COLUMNS * CELL_WIDTH;
        float top = PageFrame.PAGE_HEIGHT - TOP;
        for (int i = 0; i < values.length; i++) {
            float x = left + (i % COLUMNS) * CELL_WIDTH;
            float y = top - (i / COLUMNS + 1) * CELL_HEIGHT;
            page.drawables().add(new Drawable.Box(x, y, CELL_WIDTH, CELL_HEIGHT, Drawable.NONE, RED, RULE));
            if (!values[i].isEmpty()) {
                page.drawables().add(text(values[i], x, y, breaker));
            }
        }
    }

    /** The value centred in its cell, made smaller when it would not fit on one line. */
    private static Drawable text(String value, float x, float y, LineBreaker breaker) {
        float width = CELL_WIDTH - 2 * PAD;
        LineBreaker.Line line = breaker.lines(Span.of(value, STYLE), Float.MAX_VALUE, 0, Align.JUSTIFY).get(0);
        float size = STYLE.size() * Math.min(1, width / line.width());
        line = breaker.lines(Span.of(value, STYLE.sized(size)), width, 0, Align.CENTER).get(0);
        float baseline = y + (CELL_HEIGHT + size) / 2 - PageFrame.ASCENT * size;
        return new Drawable.Text(x + PAD + line.x(), baseline, line.runs(), RED);
    }
}
