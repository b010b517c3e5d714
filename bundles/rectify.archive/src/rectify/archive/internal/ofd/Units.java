package rectify.archive.internal.ofd;

import rectify.archive.internal.layout.PageFrame;

/**
 * From the layout's PDF coordinates (points, origin at the bottom left, y up) to OFD's
 * (millimetres, origin at the top left, y down).
 */
final class Units {

    /** The page's width in millimetres. */
    static final double PAGE_WIDTH = mm(PageFrame.PAGE_WIDTH);
    /** The page's height in millimetres. */
    static final double PAGE_HEIGHT = mm(PageFrame.PAGE_HEIGHT);

    private Units() {
    }

    /** @return a length in points as millimetres */
    static double mm(double points) {
        return points / PageFrame.MM;
    }

    /** @return a height above the bottom edge, in points, as a distance from the top edge in millimetres */
    static double y(double points) {
        return PAGE_HEIGHT - mm(points);
    }
}
