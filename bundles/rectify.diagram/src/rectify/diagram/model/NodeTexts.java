package rectify.diagram.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

import rectify.diagram.Messages;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.CauseCategory;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.model.provider.RectifyEditPlugin;

/** The texts of a node: its number, a detail line and its tooltip. */
public final class NodeTexts {

    private NodeTexts() {
    }

    /**
     * @return the kind and number as the document numbers it, e.g. 问题 2.1 for the first
     *         problem of the second aspect, 原因 3, 措施 1.2
     */
    public static String title(ChainElement element) {
        return switch (element) {
            case Problem problem -> NLS.bind(Messages.nodeProblem, position(problem) + problem.getNumber());
            case Measure measure -> NLS.bind(Messages.nodeMeasure, position(measure) + measure.getNumber());
            default -> NLS.bind(Messages.nodeCause, element.getNumber());
        };
    }

    /**
     * @return a short detail: the aspect of a problem, the category of a cause, the status and
     *         deadline of a measure; empty when there is nothing to say
     */
    public static String detail(ChainElement element) {
        return switch (element) {
            case Problem problem when problem.eContainer() instanceof Aspect aspect && aspect.getShortName() != null ->
                aspect.getShortName();
            case Cause cause when cause.getCategory() != CauseCategory.UNSPECIFIED -> literal(cause.getCategory());
            case Measure measure -> measure.getDeadline() == null ? literal(measure.getStatus())
                    : NLS.bind(Messages.nodeStatusDeadline, literal(measure.getStatus()), measure.getDeadline());
            default -> "";
        };
    }

    /** @return the tooltip: the headline, the details and what the rules say */
    public static String tooltip(Diagram diagram, ChainElement element) {
        List<String> lines = new ArrayList<>();
        lines.add(title(element) + "  " + nonNull(element.getHeadline()));
        if (element instanceof Measure measure) {
            lines.add(detail(measure) + " — " + diagram.stateOf(measure).label(diagram.thresholds()));
            if (measure.getResponsibleUnit() != null) {
                lines.add(NLS.bind(Messages.nodeUnit, measure.getResponsibleUnit().getName()));
            }
            if (measure.getResponsibleLeader() != null) {
                lines.add(NLS.bind(Messages.nodeLeader, measure.getResponsibleLeader().getName()));
            }
        } else if (!detail(element).isEmpty()) {
            lines.add(detail(element));
        }
        Marker marker = diagram.markerOf(element);
        if (marker != null) {
            marker.messages().forEach(message -> lines.add("• " + message));
        }
        return String.join("\n", lines);
    }

    private static String position(ChainElement element) {
        return switch (element.eContainer()) {
            case Aspect aspect when aspect.eContainer() instanceof Review review ->
                (review.getAspects().indexOf(aspect) + 1) + ".";
            case Direction direction when direction.eContainer() instanceof Review review ->
                (review.getDirections().indexOf(direction) + 1) + ".";
            case null, default -> "";
        };
    }

    /** @return the literal's name as the item providers give it, e.g. 推进中 */
    private static String literal(Enumerator literal) {
        String type = literal.getClass().getSimpleName();
        return RectifyEditPlugin.INSTANCE.getString("_UI_" + type + "_" + literal.getName() + "_literal");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
