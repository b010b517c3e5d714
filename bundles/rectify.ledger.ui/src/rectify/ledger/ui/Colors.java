package rectify.ledger.ui;

import org.eclipse.swt.graphics.Color;

import rectify.model.edit.UrgencyLegend;
import rectify.model.urgency.Urgency;

/**
 * The colours of the ledger's table, dashboard and notifications: those of measures' urgency are
 * the one palette of {@link UrgencyLegend}, the same as the diagram's and the archive's.
 */
public final class Colors {

    private static final Color[] URGENCY = new Color[Urgency.values().length];
    private static final Color BARS = new Color(0x60, 0x70, 0x80);

    static {
        for (Urgency urgency : Urgency.values()) {
            int rgb = UrgencyLegend.rgb(urgency);
            URGENCY[urgency.ordinal()] = new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        }
    }

    private Colors() {
    }

    /** @return the colour of a state of urgency: of its warning light and its bar */
    public static Color of(Urgency urgency) {
        return URGENCY[urgency.ordinal()];
    }

    /** @return the colour of bars that count measures, e.g. per unit */
    public static Color bars() {
        return BARS;
    }

    /** @return the colour of things that are wrong: overdue days, flagged evidence */
    public static Color alarm() {
        return of(Urgency.OVERDUE);
    }
}
