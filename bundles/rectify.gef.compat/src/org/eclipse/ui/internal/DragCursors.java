package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * The cursors GEF 3.2's flyout palette shows while its title is dragged to dock the palette on
 * the left or the right; the workbench class it used is gone. System cursors stand in for the
 * old images. Only GEF sees this class.
 */
public final class DragCursors {

    /** Docking on the left, as GEF 3.2 passes it. */
    public static final int LEFT = 1;
    /** Docking on the right, as GEF 3.2 passes it. */
    public static final int RIGHT = 2;

    private DragCursors() {
    }

    /** @return the cursor for docking on a side ({@link #LEFT}, {@link #RIGHT}), or for moving */
    public static Cursor getCursor(int side) {
        int cursor = switch (side) {
            case LEFT -> SWT.CURSOR_SIZEW;
            case RIGHT -> SWT.CURSOR_SIZEE;
            default -> SWT.CURSOR_SIZEALL;
        };
        return Display.getCurrent().getSystemCursor(cursor);
    }
}
