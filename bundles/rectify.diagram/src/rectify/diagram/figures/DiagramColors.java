package rectify.diagram.figures;

import org.eclipse.swt.graphics.Color;

import rectify.diagram.model.Lane;
import rectify.diagram.model.LinkKind;
import rectify.diagram.model.MeasureState;

/** The colours of the diagram (device-independent SWT colours, never disposed). */
public final class DiagramColors {

    /** Text of headlines. */
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    /** Secondary text: details, the legend's frame. */
    public static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);
    /** Node fill of problems, causes and open measures. */
    public static final Color PAPER = new Color(0xFF, 0xFF, 0xFF);
    /** Error markers, overdue links. */
    public static final Color ERROR = new Color(0xC6, 0x28, 0x28);
    /** Warning markers. */
    public static final Color WARNING = new Color(0xF2, 0xA5, 0x00);
    /** The background of refusal feedback. */
    public static final Color REFUSAL = new Color(0xB7, 0x1C, 0x1C);

    private static final Color[] LANE_BORDER = {
        new Color(0xA8, 0x32, 0x28), new Color(0x8A, 0x60, 0x10), new Color(0x1F, 0x5F, 0x99) };
    private static final Color[] LANE_TINT = {
        new Color(0xFB, 0xEF, 0xEE), new Color(0xFB, 0xF5, 0xE6), new Color(0xEC, 0xF3, 0xFA) };
    private static final Color[] LINK = {
        new Color(0x9A, 0x2B, 0x1F), new Color(0x1F, 0x5F, 0x99), new Color(0x2E, 0x7D, 0x32) };
    private static final Color[] STATE = {
        new Color(0xF2, 0xA7, 0xA0), new Color(0xF6, 0xC2, 0x6B), new Color(0xFB, 0xE9, 0x96), PAPER,
        new Color(0xBF, 0xE3, 0xC0), new Color(0xD6, 0xD6, 0xD6) };

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
    public static Color fill(MeasureState state) {
        return STATE[state.ordinal()];
    }
}
