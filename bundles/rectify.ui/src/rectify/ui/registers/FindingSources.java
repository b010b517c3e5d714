package rectify.ui.registers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;

/** The {@link FindingSource}s contributed to {@code rectify.ui.findings}, made once. */
final class FindingSources {

    private static final String EXTENSION_POINT = "rectify.ui.findings"; //$NON-NLS-1$
    private static List<FindingSource> sources;

    private FindingSources() {
    }

    /** @return the findings of every source about the register; a source that fails is logged and left out */
    static List<Diagnostic> findings(OpenRegister register) {
        List<Diagnostic> findings = new ArrayList<>();
        for (FindingSource source : sources()) {
            try {
                findings.addAll(source.findings(register));
            } catch (RuntimeException e) {
                ILog.of(FindingSources.class).error(e.getMessage(), e);
            }
        }
        return findings;
    }

    private static synchronized List<FindingSource> sources() {
        if (sources == null) {
            sources = new ArrayList<>();
            if (Platform.getExtensionRegistry() != null) {
                for (IConfigurationElement element : Platform.getExtensionRegistry()
                        .getConfigurationElementsFor(EXTENSION_POINT)) {
                    try {
                        sources.add((FindingSource) element.createExecutableExtension("class")); //$NON-NLS-1$
                    } catch (CoreException | ClassCastException e) {
                        ILog.of(FindingSources.class).error(e.getMessage(), e);
                    }
                }
            }
        }
        return sources;
    }
}
