package rectify.ui.registers;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Findings about the elements of an open register besides those of the closed-loop rules,
 * contributed through the extension point {@code rectify.ui.findings} (for example the problems
 * found again in a later year, which search finds). The register shows them with its own: in the
 * closed-loop view, the navigator, the editors' headings and the diagram. A source tells the
 * register to {@link OpenRegister#recheck() check again} when its findings change.
 */
public interface FindingSource {

    /**
     * Called on the UI thread whenever the register is checked; must answer at once (what is slow
     * is worked out beforehand, in the background).
     *
     * @param register an open register
     * @return the findings about its elements as known now; each names its element as the first of
     *         its data, as the rules' diagnostics do
     */
    List<Diagnostic> findings(OpenRegister register);
}
