package rectify.archive.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table poured into a {@link Flow} row by row, as the rows come: the heading row opens
 * the table and every page it continues on; a row taller than what is left of a page is split
 * between two lines of its text.
 */
public final class Table {

    /**
     * A column.
     *
     * @param weight its share of the table's width
     * @param align how its text sits in the cells
     */
    public record Column(float weight, Align align) {
    }

    /**
     * A cell.
     *
     * @param spans its text
     * @param link the key of the anchor the cell leads to, or {@code null}
     */
    public record Cell(List<Span> spans, String link) {

        /**
         * @param text the text, {@code null} for none
         * @return a cell of table text without a link
         */
        public static Cell of(String text) {
            return new Cell(Span.of(text, Style.TABLE), null);
        }
    }

    private static final float PITCH = PageFrame.SIZE_SMALL_4 * 1.5f;
    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;
    private static final float RULE = 0.5f;
    private static final int HEADING_FILL = 0xEEEEEE;
    private static final float EPSILON = 0.01f;

    private final Flow flow;
    private final List<Column> columns;
    private final float[] widths;
    private final List<List<LineBreaker.Line>> heading;
    private boolean headingOnPage;

    /**
     * Starts a table at the current position of a flow.
     *
     * @param flow the flow
     * @param columns the columns
     * @param headings the text of the heading row, one per column
     */
    public Table(Flow flow, List<Column> columns, List<String> headings) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        float total = 0;
        for (Column column : columns) {
            total += column.weight();
        }
        widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = PageFrame.WIDTH * columns.get(i).weight() / total;
        }
        List<Cell> cells = new ArrayList<>();
        headings.forEach(text -> cells.add(new Cell(Span.of(text, Style.TABLE_HEADING), null)));
        heading = lines(cells, true);
    }

    /**
     * Adds a row.
     *
     * @param cells its cells, one per column
     */
    public void row(List<Cell> cells) {
        List<List<LineBreaker.Line>> lines = lines(cells, false);
        int total = height(lines);
        int fullPage = (int) ((PageFrame.HEIGHT - rowHeight(height(heading)) - 2 * PAD_Y + EPSILON) / PITCH);
        int done = 0;
        while (done < total) {
            if (!headingOnPage) {
                flow.ensure(rowHeight(height(heading)) + rowHeight(1));
                draw(heading, 0, height(heading), HEADING_FILL, null);
                headingOnPage = true;
            }
            int fit = (int) ((flow.room() - 2 * PAD_Y + EPSILON) / PITCH);
            int rest = total - done;
            if (fit < 1 || (done == 0 && fit < rest && rest <= fullPage)) {
                nextPage();
                continue;
            }
            int take = Math.min(fit, rest);
            draw(lines, done, take, Drawable.NONE, done == 0 ? cells : null);
            done += take;
            if (done < total) {
                nextPage();
            }
        }
    }

    private void nextPage() {
        flow.newPage();
        headingOnPage = false;
    }

    private List<List<LineBreaker.Line>> lines(List<Cell> cells, boolean centred) {
        List<List<LineBreaker.Line>> lines = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            Align align = centred ? Align.CENTER : columns.get(i).align();
            lines.add(flow.breaker().lines(cells.get(i).spans(), widths[i] - 2 * PAD_X, 0, align));
        }
        return lines;
    }

    private static int height(List<List<LineBreaker.Line>> lines) {
        int height = 1;
        for (List<LineBreaker.Line> cell : lines) {
            height = Math.max(height, cell.size());
        }
        return height;
    }

    private static float rowHeight(int lines) {
        return lines * PITCH + 2 * PAD_Y;
    }

    /** Draws lines {@code [from, from + count)} of a row as one ruled row, with links when given cells. */
    private void draw(List<List<LineBreaker.Line>> lines, int from, int count, int fill, List<Cell> cells) {
        float top = flow.top();
        float height = rowHeight(count);
        float bottom = PageFrame.y(top + height);
        float x = PageFrame.LEFT;
        Page page = flow.page();
        for (int c = 0; c < widths.length; c++) {
            page.drawables().add(new Drawable.Box(x, bottom, widths[c], height, fill, Drawable.BLACK, RULE));
            List<LineBreaker.Line> cell = lines.get(c);
            for (int i = from; i < Math.min(from + count, cell.size()); i++) {
                LineBreaker.Line line = cell.get(i);
                float lineTop = top + PAD_Y + (i - from) * PITCH + (PITCH - PageFrame.SIZE_SMALL_4) / 2;
                if (!line.isEmpty()) {
                    page.drawables().add(new Drawable.Text(x + PAD_X + line.x(),
                            PageFrame.baseline(lineTop, PageFrame.SIZE_SMALL_4), line.runs(), Drawable.BLACK));
                }
            }
            if (cells != null && cells.get(c).link() != null) {
                page.links().add(new Page.Link(x, bottom, widths[c], height, cells.get(c).link()));
            }
            x += widths[c];
        }
        flow.advance(height);
    }
}
