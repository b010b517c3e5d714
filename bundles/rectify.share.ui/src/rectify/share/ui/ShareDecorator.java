package rectify.share.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;

import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.model.Register;
import rectify.share.RecordLocks;
import rectify.share.Sharing;
import rectify.share.Sync;
import rectify.share.store.Repositories;

/**
 * Marks shared registers in the navigator: how many commits the server lacks (↑) and the register
 * lacks (↓) as of the last synchronisation, the conflicts it left; and the records locked because
 * they are closed or archived. Decorations are computed in the background by the workbench.
 */
public final class ShareDecorator extends LabelProvider implements ILightweightLabelDecorator {

    /** The decorator's id, as declared in plugin.xml. */
    static final String ID = "rectify.share.ui.decorator"; //$NON-NLS-1$
    private static final Map<Path, Integer> CONFLICTS = new ConcurrentHashMap<>();

    @Override
    public void decorate(Object element, IDecoration decoration) {
        if (element instanceof Register register && Sharing.isShared(register.eResource())) {
            Path folder = RegisterFiles.fileOf(register.eResource()).getParent();
            StringBuilder suffix = new StringBuilder(NLS.bind(Messages.sharedIn, folder.getFileName()));
            int[] counts = aheadBehind(folder);
            if (counts != null) {
                suffix.append(' ').append(NLS.bind(Messages.ahead, counts[0])).append(' ')
                        .append(NLS.bind(Messages.behind, counts[1]));
            }
            Integer conflicts = CONFLICTS.get(folder);
            if (conflicts != null && conflicts > 0) {
                suffix.append(' ').append(NLS.bind(Messages.conflicts, conflicts));
            }
            decoration.addSuffix(" [" + suffix + "]"); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (element instanceof Record record && record.eResource() != null
                && Sharing.isShared(record.eResource())
                && RecordLocks.isLocked(record)) {
            decoration.addSuffix(" [" + Messages.locked + "]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the commits here and not on the server, and the reverse; {@code null} without a server */
    static int[] aheadBehind(Path folder) {
        try (Repository repository = Repositories.open(folder); RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            ObjectId remote = repository.resolve(Constants.R_REMOTES + Sync.REMOTE + '/' + repository.getBranch());
            if (head == null || remote == null) {
                return null;
            }
            return new int[] { count(walk, head, remote), count(walk, remote, head) };
        } catch (IOException e) {
            ILog.of(ShareDecorator.class).warn(e.getMessage(), e);
            return null;
        }
    }

    private static int count(RevWalk walk, ObjectId from, ObjectId without) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        walk.markStart(walk.parseCommit(from));
        walk.markUninteresting(walk.parseCommit(without));
        int count = 0;
        while (walk.next() != null) {
            count++;
        }
        return count;
    }

    /** Remembers the conflicts the last synchronisation of a register left, and redraws the marks. */
    static void conflicts(Path folder, int count) {
        CONFLICTS.put(folder, count);
        refresh();
    }

    /** Redraws the marks, as after a save, a synchronisation or a hand-over. */
    static void refresh() {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay()
                    .asyncExec(() -> PlatformUI.getWorkbench().getDecoratorManager().update(ID));
        }
    }
}
