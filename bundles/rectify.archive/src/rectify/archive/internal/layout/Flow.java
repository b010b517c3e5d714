package rectify.archive.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pours text, tables and drawings into the type area, page after page. Text lines are placed by
 * the top of their em box; body lines on the grid of {@link PageFrame#LINE_PITCH}, so that a full
 * page has 22 lines from the top of the type area to its bottom.
 */
public final class Flow {

    /** Two characters of body text: the indent of paragraphs and headings. */
    public static final float INDENT = 2 * (PageFrame.SIZE_3 + PageFrame.GRID_TRACKING);

    private static final float EPSILON = 0.01f;

    private final LineBreaker breaker;
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, Layout.Position> anchors = new HashMap<>();
    private final List<Layout.Bookmark> outline = new ArrayList<>();
    private Page page;
    private float top;

    /** @param breaker breaks the text into lines */
    public Flow(LineBreaker breaker) {
        this.breaker = breaker;
        newPage();
    }

    /** @return the line breaker, for text laid out outside the flow (table cells, diagram nodes) */
    public LineBreaker breaker() {
        return breaker;
    }

    /**
     * A body paragraph: indented two characters, justified.
     *
     * @param spans the text
     * @param anchor the key of an anchor at its first line, or {@code null}
     */
    public void paragraph(List<Span> spans, String anchor) {
        place(breaker.lines(spans, PageFrame.WIDTH, INDENT, Align.JUSTIFY), PageFrame.SIZE_3, anchor);
    }

    /**
     * A heading: indented two characters, kept on a page with the line that follows it, with a
     * bookmark.
     *
     * @param spans the text
     * @param level the bookmark's level
     * @param bookmark the bookmark's title
     * @param anchor the key of an anchor at its first line, or {@code null}
     */
    public void heading(List<Span> spans, int level, String bookmark, String anchor) {
        List<LineBreaker.Line> lines = breaker.lines(spans, PageFrame.WIDTH, INDENT, Align.JUSTIFY);
        ensure(lines.size() * PageFrame.LINE_PITCH + PageFrame.SIZE_3);
        bookmark(level, bookmark);
        place(lines, PageFrame.SIZE_3, anchor);
    }

    /**
     * A title in 2号, broken into balanced centred lines, with a top-level bookmark.
     *
     * @param spans the text
     * @param bookmark the bookmark's title
     */
    public void title(List<Span> spans, String bookmark) {
        List<LineBreaker.Line> lines = breaker.balanced(spans, PageFrame.WIDTH);
        ensure(lines.size() * PageFrame.LINE_PITCH + PageFrame.SIZE_3);
        bookmark(1, bookmark);
        place(lines, PageFrame.SIZE_2, null);
    }

    /**
     * A short line of body text.
     *
     * @param spans the text
     * @param align how it sits in the type area
     * @param inset the indent on the side it is aligned to (left for {@link Align#JUSTIFY})
     */
    public void line(List<Span> spans, Align align, float inset) {
        float width = PageFrame.WIDTH - (align == Align.RIGHT ? inset : 0);
        place(breaker.lines(spans, width, align == Align.JUSTIFY ? inset : 0, align), PageFrame.SIZE_3, null);
    }

    /** Leaves one body line empty, unless the page has just begun. */
    public void blankLine() {
        if (top > 0) {
            advance(Math.min(PageFrame.LINE_PITCH, room()));
        }
    }

    private void place(List<LineBreaker.Line> lines, float size, String anchor) {
        boolean first = true;
        for (LineBreaker.Line line : lines) {
            ensure(size);
            if (first && anchor != null) {
                anchor(anchor);
            }
            first = false;
            if (!line.isEmpty()) {
                page.drawables().add(new Drawable.Text(PageFrame.LEFT + line.x(), PageFrame.baseline(top, size),
                        line.runs(), Drawable.BLACK));
            }
            advance(PageFrame.LINE_PITCH);
        }
    }

    /** Starts a new page, unless the current one is still empty. */
    public void newPage() {
        if (page != null && page.isEmpty()) {
            top = 0;
            return;
        }
        page = new Page();
        pages.add(page);
        top = 0;
    }

    /**
     * Starts a new page when the current one has less room than asked for.
     *
     * @param height the room needed
     */
    public void ensure(float height) {
        if (room() + EPSILON < height && top > 0) {
            newPage();
        }
    }

    /** @return the distance from the top of the type area to where the next content goes */
    public float top() {
        return top;
    }

    /** @return the room left on the page */
    public float room() {
        return PageFrame.HEIGHT - top;
    }

    /**
     * Moves down.
     *
     * @param height how far
     */
    public void advance(float height) {
        top += height;
    }

    /** @return the current page */
    public Page page() {
        return page;
    }

    /**
     * Puts an anchor at the current position.
     *
     * @param key the anchor's key
     */
    public void anchor(String key) {
        anchors.putIfAbsent(key, new Layout.Position(pages.size() - 1, PageFrame.y(top)));
    }

    /**
     * Puts a bookmark at the current position, on the next page when this one is full.
     *
     * @param level the bookmark's depth, 1 for top-level bookmarks
     * @param title the bookmark's title; {@code null} for none
     */
    public void bookmark(int level, String title) {
        if (title != null) {
            ensure(PageFrame.SIZE_3);
            String key = "bookmark-" + outline.size();
            anchor(key);
            outline.add(new Layout.Bookmark(level, title, key));
        }
    }

    /** @return the document laid out so far */
    public Layout layout() {
        return new Layout(List.copyOf(pages), Map.copyOf(anchors), List.copyOf(outline));
    }
}
