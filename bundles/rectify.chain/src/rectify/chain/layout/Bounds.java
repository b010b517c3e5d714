package rectify.chain.layout;

/**
 * Where an element is drawn, in diagram coordinates (pixels at 100 %).
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width, positive
 * @param height the height, positive
 */
public record Bounds(int x, int y, int width, int height) {

    /** The width of a new node. */
    public static final int DEFAULT_WIDTH = 240;

    /** The height of a new node before its text is measured. */
    public static final int DEFAULT_HEIGHT = 72;

    /** @throws IllegalArgumentException when the size is not positive */
    public Bounds {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a node needs a positive size, not " + width + "×" + height);
        }
    }

    /** @return the right edge (exclusive) */
    public int right() {
        return x + width;
    }

    /** @return the bottom edge (exclusive) */
    public int bottom() {
        return y + height;
    }

    /** @return true when the two overlap by at least one pixel */
    public boolean intersects(Bounds other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
