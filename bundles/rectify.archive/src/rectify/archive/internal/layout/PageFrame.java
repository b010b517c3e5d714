package rectify.archive.internal.layout;

/**
 * The page of GB/T 9704-2012 in PDF points (1/72 inch, origin at the bottom left): A4, a type
 * area of 156 × 225 mm with its top 37 mm and its left 28 mm from the page's edges, 22 lines of
 * 28 characters of 3号 (16 pt) text that fill it, page numbers in 4号 7 mm below it.
 * <p>
 * Lines are placed by the top of their em box; a glyph's em box reaches {@link #ASCENT} of the
 * size above the baseline, the ideographic convention (0.88 em above, 0.12 em below).
 */
public final class PageFrame {

    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;
    /** Page width (A4). */
    public static final float PAGE_WIDTH = 210 * MM;
    /** Page height (A4). */
    public static final float PAGE_HEIGHT = 297 * MM;
    /** Left edge of the type area. */
    public static final float LEFT = 28 * MM;
    /** Distance of the type area from the top of the page. */
    public static final float TOP = 37 * MM;
    /** Width of the type area. */
    public static final float WIDTH = 156 * MM;
    /** Height of the type area. */
    public static final float HEIGHT = 225 * MM;
    /** Distance of the page number's em box below the type area. */
    public static final float PAGE_NUMBER_GAP = 7 * MM;

    /** 2号: the title. */
    public static final float SIZE_2 = 22f;
    /** 3号: body text and headings. */
    public static final float SIZE_3 = 16f;
    /** 4号: page numbers. */
    public static final float SIZE_4 = 14f;
    /** 小四: tables. */
    public static final float SIZE_SMALL_4 = 12f;
    /** 5号: the archival stamp. */
    public static final float SIZE_5 = 10.5f;

    /** Lines of body text per page. */
    public static final int LINES = 22;
    /** Characters of body text per line. */
    public static final int CHARACTERS = 28;
    /** Distance from one body line to the next, so that 22 lines fill the type area. */
    public static final float LINE_PITCH = (HEIGHT - SIZE_3) / (LINES - 1);
    /** Space added after each body glyph (negative), so that 28 full-width glyphs fill a line. */
    public static final float GRID_TRACKING = (WIDTH - CHARACTERS * SIZE_3) / (CHARACTERS - 1);
    /** The em box's top above the baseline, as a fraction of the font size. */
    public static final float ASCENT = 0.88f;

    private PageFrame() {
    }

    /**
     * @param top distance of a line's em box from the top of the type area
     * @param size the font size
     * @return the baseline in PDF coordinates
     */
    public static float baseline(float top, float size) {
        return PAGE_HEIGHT - TOP - top - ASCENT * size;
    }

    /**
     * @param top distance from the top of the type area
     * @return the same height in PDF coordinates
     */
    public static float y(float top) {
        return PAGE_HEIGHT - TOP - top;
    }
}
