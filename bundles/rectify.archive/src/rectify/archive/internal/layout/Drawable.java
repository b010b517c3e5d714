package rectify.archive.internal.layout;

import java.util.List;

/** Something drawn on a page, in PDF coordinates (points, origin at the bottom left). */
public sealed interface Drawable {

    /** No colour: nothing is filled or stroked. */
    int NONE = -1;
    /** Black, as 0xRRGGBB. */
    int BLACK = 0x000000;

    /**
     * A line of text.
     *
     * @param x where the first glyph starts
     * @param baseline the baseline
     * @param runs the glyphs
     * @param rgb the colour of the glyphs
     */
    record Text(float x, float baseline, List<GlyphRun> runs, int rgb) implements Drawable {
    }

    /**
     * A rectangle.
     *
     * @param x left
     * @param y bottom
     * @param width width
     * @param height height
     * @param fill fill colour, or {@link #NONE}
     * @param stroke outline colour, or {@link #NONE}
     * @param lineWidth width of the outline
     */
    record Box(float x, float y, float width, float height, int fill, int stroke, float lineWidth) implements Drawable {
    }

    /**
     * Connected straight lines, or a filled polygon.
     *
     * @param points x and y of each point, in turn
     * @param rgb the colour
     * @param lineWidth the width of the lines; 0 to fill the closed polygon instead
     * @param dash the dash pattern of the lines in points (on, off, …); empty for solid lines
     */
    record Path(float[] points, int rgb, float lineWidth, float[] dash) implements Drawable {
    }

    /**
     * Drawings clipped to a rectangle.
     *
     * @param x left
     * @param y bottom
     * @param width width
     * @param height height
     * @param content what is drawn inside
     */
    record Clip(float x, float y, float width, float height, List<Drawable> content) implements Drawable {
    }
}
