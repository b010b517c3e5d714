package rectify.ledger.ui.table;

import rectify.ledger.Column;

/** The widths of the tables' columns on screen, from the usual widths of the columns in characters. */
public final class ColumnWidths {

    /** About the width of a Chinese character in the default font. */
    private static final int PIXELS_PER_CHARACTER = 13;

    private ColumnWidths() {
    }

    /** @return the width of a column in pixels */
    public static int pixels(Column<?> column) {
        return column.width() * PIXELS_PER_CHARACTER;
    }
}
