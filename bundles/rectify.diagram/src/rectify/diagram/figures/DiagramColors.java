package rectify.diagram.figures;

import java.util.function.IntUnaryOperator;

import org.eclipse.swt.graphics.Color;

import rectify.chain.Lane;
import rectify.chain.LinkKind;
import rectify.model.edit.UrgencyLegend;
import rectify.model.urgency.Urgency;

/**
 * The colours of the diagram (device-independent SWT colours, never disposed): its own greys and
 * markers, and the colours of lanes, links and measures' urgency that every drawing of a review
 * shares ({@link Lane#rgb()}, {@link LinkKind#rgb()}, {@link UrgencyLegend}).
 */
public final class DiagramColors {

    /** Text of headlines. */
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    /** Secondary text: details, the legend's frame. */
    public static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);
    /** Node fill of problems and causes. */
    public static final Color PAPER = new Color(0xFF, 0xFF, 0xFF);
    /** Error markers, overdue links. */
    public static final Color ERROR = new Color(0xC6, 0x28, 0x28);
    /** Warning markers. */
    public static final Color WARNING = new Color(0xF2, 0xA5, 0x00);
    /** The background of refusal feedback. */
    public static final Color REFUSAL = new Color(0xB7, 0x1C, 0x1C);

    private static final Color[] LANE_BORDER = colors(Lane.values().length, i -> Lane.values()[i].rgb());
    private static final Color[] LANE_TINT = colors(Lane.values().length, i -> Lane.values()[i].tint());
    private static final Color[] LINK = colors(LinkKind.values().length, i -> LinkKind.values()[i].rgb());
    private static final Color[] STATE = colors(Urgency.values().length, i -> UrgencyLegend.tint(Urgency.values()[i]));

    private DiagramColors() {
    }

    /** @return the border and heading colour of a lane's nodes */
    public static Color border(Lane lane) {
        return LANE_BORDER[lane.ordinal()];
    }

    /** @return the background tint of a lane */
    public static Color tint(Lane lane) {
        return LANE_TINT[lane.ordinal()];
    }

    /** @return the colour of a kind of link */
    public static Color link(LinkKind kind) {
        return LINK[kind.ordinal()];
    }

    /** @return the fill of a measure in that state */
    public static Color fill(Urgency state) {
        return STATE[state.ordinal()];
    }

    private static Color[] colors(int count, IntUnaryOperator rgb) {
        Color[] colors = new Color[count];
        for (int i = 0; i < count; i++) {
            int value = rgb.applyAsInt(i);
            colors[i] = new Color((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        }
        return colors;
    }
}
