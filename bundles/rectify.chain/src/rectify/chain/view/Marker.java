package rectify.chain.view;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * What the closed-loop rules say about one element.
 *
 * @param severity the highest severity, {@link Diagnostic#WARNING} or {@link Diagnostic#ERROR}
 *        (or {@link Diagnostic#INFO})
 * @param messages the messages of the rules, in the order reported
 */
public record Marker(int severity, List<String> messages) {

    /** @return a marker with the higher severity of both and the messages of both */
    Marker and(Marker other) {
        List<String> all = new ArrayList<>(messages);
        all.addAll(other.messages);
        return new Marker(Math.max(severity, other.severity), List.copyOf(all));
    }

    /** @return true for errors */
    public boolean isError() {
        return severity >= Diagnostic.ERROR;
    }
}
