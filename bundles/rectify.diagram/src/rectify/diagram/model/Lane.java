package rectify.diagram.model;

import org.eclipse.emf.ecore.EClass;

import rectify.diagram.Messages;
import rectify.model.ChainElement;
import rectify.model.RectifyPackage;

/** The three lanes of the diagram, left to right. */
public enum Lane {

    /** The problems of all aspects. */
    PROBLEMS(RectifyPackage.Literals.PROBLEM),
    /** The causes. */
    CAUSES(RectifyPackage.Literals.CAUSE),
    /** The measures of all directions. */
    MEASURES(RectifyPackage.Literals.MEASURE);

    private final EClass type;

    Lane(EClass type) {
        this.type = type;
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

    /** @return the lane's heading, e.g. 问题 */
    public String label() {
        return switch (this) {
            case PROBLEMS -> Messages.laneProblems;
            case CAUSES -> Messages.laneCauses;
            case MEASURES -> Messages.laneMeasures;
        };
    }
}
