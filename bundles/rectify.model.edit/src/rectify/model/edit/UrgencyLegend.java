package rectify.model.edit;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;

/**
 * The one palette and legend of a measure's {@link Urgency}: the ledger's lights, the diagram's
 * nodes, the dashboard's bars and the archive's diagram all take their colours and names from here,
 * so that red, amber, yellow, green, blue and grey mean the same everywhere: overdue, urgent, due
 * soon, on track, done, closed. Colours are device independent ({@code 0xRRGGBB}).
 * <p>
 * The names are in {@code legend.properties} (English) and {@code legend_zh.properties} (Chinese)
 * next to this class, read for a language asked for (archives are Chinese whatever the user's
 * language); a language without a file falls back to English, never to the platform's language.
 */
public final class UrgencyLegend {

    private static final String BUNDLE_NAME = "rectify.model.edit.legend";

    private static final int WHITE = 0xFFFFFF;

    /** The share of a state's colour in its {@link #tint(Urgency) tint}; the rest is white. */
    private static final double TINT = 0.4;

    private UrgencyLegend() {
    }

    /**
     * @param urgency a state
     * @return its colour, {@code 0xRRGGBB}: of lights, legend swatches and bars
     */
    public static int rgb(Urgency urgency) {
        return switch (urgency) {
            case OVERDUE -> 0xD63031;
            case DUE_URGENT -> 0xF07D14;
            case DUE_SOON -> 0xE8B90A;
            case ON_TRACK -> 0x2EA043;
            case NO_DEADLINE -> 0x8C9BAB;
            case DONE -> 0x3478C6;
            case CLOSED -> 0xAAAAAA;
        };
    }

    /**
     * @param urgency a state
     * @return the pale variant of its colour, {@code 0xRRGGBB}, on which text stays readable: the fill
     *         of a measure's node
     */
    public static int tint(Urgency urgency) {
        int rgb = rgb(urgency);
        int tint = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int channel = (rgb >> shift) & 0xFF;
            int white = (WHITE >> shift) & 0xFF;
            tint |= (int) Math.round(channel * TINT + white * (1 - TINT)) << shift;
        }
        return tint;
    }

    /**
     * @param urgency a state
     * @param thresholds the thresholds the due states name
     * @return the state's name in the user's language, e.g. 10天内到期
     */
    public static String label(Urgency urgency, WarningThresholds thresholds) {
        return label(urgency, thresholds, Locale.getDefault());
    }

    /**
     * @param urgency a state
     * @param thresholds the thresholds the due states name
     * @param locale the language
     * @return the state's name in that language, e.g. 10天内到期
     */
    public static String label(Urgency urgency, WarningThresholds thresholds, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE_NAME, locale, UrgencyLegend.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return switch (urgency) {
            case DUE_URGENT -> NLS.bind(texts.getString("dueWithin"), thresholds.urgentDays());
            case DUE_SOON -> NLS.bind(texts.getString("dueWithin"), thresholds.soonDays());
            default -> texts.getString(key(urgency));
        };
    }

    private static String key(Urgency urgency) {
        return switch (urgency) {
            case OVERDUE -> "overdue";
            case ON_TRACK -> "onTrack";
            case NO_DEADLINE -> "noDeadline";
            case DONE -> "done";
            case CLOSED -> "closed";
            case DUE_URGENT, DUE_SOON -> "dueWithin";
        };
    }
}
