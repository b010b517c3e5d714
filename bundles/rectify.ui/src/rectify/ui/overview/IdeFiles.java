package rectify.ui.overview;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;

/**
 * The register files an Eclipse IDE opens editors on: files of the workspace or of the file
 * system. The IDE's bundles are optional dependencies, touched only where they are installed
 * (the product has neither a workspace nor such inputs).
 */
final class IdeFiles {

    private static final String IDE = "org.eclipse.ui.ide"; //$NON-NLS-1$
    private static final String RESOURCES = "org.eclipse.core.resources"; //$NON-NLS-1$

    private IdeFiles() {
    }

    /** @return the local file of an IDE's editor input; null for other inputs */
    static Path fileOf(IEditorInput input) {
        return Platform.getBundle(IDE) == null ? null : Ide.fileOf(input);
    }

    /** Refreshes the workspace file an editor input stands for, if it is one. */
    static void refresh(IEditorInput input) {
        if (Platform.getBundle(RESOURCES) != null) {
            Ide.refresh(input);
        }
    }

    /** Touches the IDE's classes only when they are there. */
    private static final class Ide {

        static Path fileOf(IEditorInput input) {
            return input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme()) //$NON-NLS-1$
                    ? Path.of(uriInput.getURI())
                    : null;
        }

        static void refresh(IEditorInput input) {
            IFile file = Adapters.adapt(input, IFile.class);
            if (file != null) {
                try {
                    file.refreshLocal(IResource.DEPTH_ZERO, null);
                } catch (CoreException e) {
                    ILog.of(IdeFiles.class).warn(e.getMessage(), e);
                }
            }
        }
    }
}
