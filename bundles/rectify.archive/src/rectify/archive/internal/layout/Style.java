package rectify.archive.internal.layout;

import rectify.archive.FontRole;

/**
 * How a piece of text looks.
 *
 * @param role the font role
 * @param size the font size in points
 * @param tracking space added after each glyph, in points (negative to tighten)
 */
public record Style(FontRole role, float size, float tracking) {

    /** Body text: FangSong, 3号, on the 28-character grid. */
    public static final Style BODY = new Style(FontRole.BODY, PageFrame.SIZE_3, PageFrame.GRID_TRACKING);
    /** Level-1 headings: Hei, 3号, on the grid. */
    public static final Style HEADING1 = new Style(FontRole.HEADING1, PageFrame.SIZE_3, PageFrame.GRID_TRACKING);
    /** Level-2 headings: Kai, 3号, on the grid. */
    public static final Style HEADING2 = new Style(FontRole.HEADING2, PageFrame.SIZE_3, PageFrame.GRID_TRACKING);
    /** The title: Song, 2号. */
    public static final Style TITLE = new Style(FontRole.TITLE, PageFrame.SIZE_2, 0);
    /** Table text: FangSong, 小四. */
    public static final Style TABLE = new Style(FontRole.BODY, PageFrame.SIZE_SMALL_4, 0);
    /** Table headings: Hei, 小四. */
    public static final Style TABLE_HEADING = new Style(FontRole.HEADING1, PageFrame.SIZE_SMALL_4, 0);
    /** Page numbers: Song, 4号. */
    public static final Style PAGE_NUMBER = new Style(FontRole.PAGE_NUMBER, PageFrame.SIZE_4, 0);

    /**
     * @param newSize a font size
     * @return this style at that size, without tracking
     */
    public Style sized(float newSize) {
        return new Style(role, newSize, 0);
    }
}
