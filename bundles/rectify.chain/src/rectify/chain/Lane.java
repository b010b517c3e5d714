package rectify.chain;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

import rectify.chain.internal.Texts;
import rectify.model.ChainElement;
import rectify.model.RectifyPackage;

/**
 * The three lanes of a review's chain, left to right, as every diagram of it draws them: problems,
 * causes, measures. Each has its colour ({@code 0xRRGGBB}): the border and heading of its nodes, and
 * a pale tint behind them.
 */
public enum Lane {

    /** The problems of all aspects. */
    PROBLEMS(RectifyPackage.Literals.PROBLEM, 0xA83228, 0xFBEFEE),
    /** The causes. */
    CAUSES(RectifyPackage.Literals.CAUSE, 0x8A6010, 0xFBF5E6),
    /** The measures of all directions. */
    MEASURES(RectifyPackage.Literals.MEASURE, 0x1F5F99, 0xECF3FA);

    private final EClass type;
    private final int rgb;
    private final int tint;

    Lane(EClass type, int rgb, int tint) {
        this.type = type;
        this.rgb = rgb;
        this.tint = tint;
    }

    /** @return the class of the elements in the lane */
    public EClass type() {
        return type;
    }

    /** @return true when {@code object} belongs in this lane */
    public boolean holds(Object object) {
        return type.isInstance(object);
    }

    /** @return the lane of a problem, cause or measure */
    public static Lane of(ChainElement element) {
        for (Lane lane : values()) {
            if (lane.holds(element)) {
                return lane;
            }
        }
        throw new IllegalArgumentException("no lane holds " + element.eClass().getName());
    }

    /** @return the lane's heading in the user's language, e.g. 问题 */
    public String label() {
        return label(Locale.getDefault());
    }

    /** @return the lane's heading in a language, e.g. 问题 */
    public String label(Locale locale) {
        return Texts.get(switch (this) {
            case PROBLEMS -> "laneProblems";
            case CAUSES -> "laneCauses";
            case MEASURES -> "laneMeasures";
        }, locale);
    }

    /** @return the colour of the borders and headings of the lane's nodes, {@code 0xRRGGBB} */
    public int rgb() {
        return rgb;
    }

    /** @return the pale colour behind the lane's nodes, {@code 0xRRGGBB} */
    public int tint() {
        return tint;
    }
}
