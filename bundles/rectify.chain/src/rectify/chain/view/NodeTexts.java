package rectify.chain.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import rectify.chain.internal.Messages;
import rectify.chain.internal.Texts;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.CauseCategory;
import rectify.model.ChainElement;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.edit.Labels;
import rectify.model.edit.UrgencyLegend;

/** The texts of a node: its number, a detail line and its tooltip. */
public final class NodeTexts {

    private NodeTexts() {
    }

    /**
     * @return the kind and the full number in the user's language, e.g. 问题 2.1 for the first
     *         problem of the second aspect, 原因 3, 措施 1.2
     */
    public static String title(ChainElement element) {
        return title(element, Locale.getDefault());
    }

    /** @return the kind and the full number in a language, e.g. 问题 2.1 */
    public static String title(ChainElement element, Locale locale) {
        return Texts.get(switch (element) {
            case Problem problem -> "nodeProblem";
            case Measure measure -> "nodeMeasure";
            default -> "nodeCause";
        }, locale, element.getFullNumber());
    }

    /**
     * @return a short detail: the aspect of a problem, the category of a cause, the status and
     *         deadline of a measure; empty when there is nothing to say
     */
    public static String detail(ChainElement element) {
        return switch (element) {
            case Problem problem when problem.eContainer() instanceof Aspect aspect && aspect.getShortName() != null ->
                aspect.getShortName();
            case Cause cause when cause.getCategory() != CauseCategory.UNSPECIFIED ->
                Labels.literal(cause.getCategory());
            case Measure measure -> measure.getDeadline() == null ? Labels.literal(measure.getStatus())
                    : NLS.bind(Messages.nodeStatusDeadline, Labels.literal(measure.getStatus()), measure.getDeadline());
            default -> "";
        };
    }

    /** @return the tooltip: the headline, the details and what the rules say */
    public static String tooltip(Diagram diagram, ChainElement element) {
        List<String> lines = new ArrayList<>();
        lines.add(title(element) + "  " + nonNull(element.getHeadline()));
        if (element instanceof Measure measure) {
            lines.add(detail(measure) + " — " + UrgencyLegend.label(diagram.stateOf(measure), diagram.thresholds()));
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

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
