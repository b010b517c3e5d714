package rectify.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import rectify.ui.navigator.Opening;

/**
 * The recent register files in the File menu, numbered 1 to 8, most recent first; a file gone from
 * its place is forgotten when it fails to open.
 */
public final class RecentFilesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> files = RecentFiles.list();
        IContributionItem[] items = new IContributionItem[files.size()];
        for (int i = 0; i < files.size(); i++) {
            items[i] = new ActionContributionItem(new OpenRecent(i + 1, files.get(i)));
        }
        return items;
    }

    /** Opens one recent file. */
    private static final class OpenRecent extends Action {

        private final Path file;

        OpenRecent(int number, Path file) {
            super(NLS.bind(Messages.recentFile,
                    new Object[] { number, escaped(file.getFileName()), escaped(file.getParent()) }));
            this.file = file;
            setToolTipText(file.toString());
        }

        private static String escaped(Object text) {
            return String.valueOf(text).replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public void run() {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && Opening.open(window, file) == null && !Files.exists(file)) {
                RecentFiles.forget(file);
            }
        }
    }
}
