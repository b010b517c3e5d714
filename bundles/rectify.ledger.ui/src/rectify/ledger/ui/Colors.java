package rectify.ledger.ui;

import org.eclipse.swt.graphics.Color;

import rectify.ledger.Light;
import rectify.model.MeasureStatus;

/** The colors of warning lights and statuses, the same in the table, the dashboard and notifications. */
public final class Colors {

    private static final Color RED = new Color(214, 48, 49);
    private static final Color ORANGE = new Color(240, 125, 20);
    private static final Color YELLOW = new Color(232, 185, 10);
    private static final Color GREEN = new Color(46, 160, 67);
    private static final Color GREY = new Color(170, 170, 170);
    private static final Color BLUE = new Color(52, 120, 198);
    private static final Color TEAL = new Color(32, 150, 150);

    private Colors() {
    }

    /** @return the color of a light; grey for {@link Light#OFF} */
    public static Color of(Light light) {
        return switch (light) {
            case RED -> RED;
            case ORANGE -> ORANGE;
            case YELLOW -> YELLOW;
            case GREEN -> GREEN;
            case OFF -> GREY;
        };
    }

    /** @return the color of a status in charts */
    public static Color of(MeasureStatus status) {
        return switch (status) {
            case PLANNED -> GREY;
            case IN_PROGRESS -> BLUE;
            case DONE -> TEAL;
            case CLOSED -> GREEN;
        };
    }

    /** @return the color of bars that count measures, e.g. per unit */
    public static Color bars() {
        return BLUE;
    }

    /** @return the color of things that are wrong: overdue days, flagged evidence */
    public static Color alarm() {
        return RED;
    }
}
