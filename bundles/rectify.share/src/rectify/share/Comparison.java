package rectify.share;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.core.merge.ModelDiff;
import rectify.share.format.Layout;
import rectify.share.store.Repositories;
import rectify.share.store.Snapshot;
import rectify.share.store.Snapshots;

/**
 * The model-level comparison of two versions of a shared register: element by element, value by
 * value, to be shown by labels ({@link Wording}) rather than as the text of its files.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * @param folder the shared register's folder
     * @param older a commit (or anything Git resolves to one, such as {@code HEAD~2})
     * @param newer another commit
     * @return the changes from the older to the newer, the register part first, then record by record
     */
    public static List<ModelDiff.Change> between(Path folder, String older, String newer) throws IOException {
        if (Layout.locate(folder) == null) {
            throw new ShareException(NLS.bind(Messages.notShared, FileNames.display(folder)));
        }
        try (Repository repository = Repositories.open(folder);
                RevWalk walk = new RevWalk(repository);
                ObjectReader reader = repository.newObjectReader()) {
            RevCommit from = walk.parseCommit(resolve(repository, older));
            RevCommit to = walk.parseCommit(resolve(repository, newer));
            Snapshot one = Snapshot.of(repository, from);
            Snapshot other = Snapshot.of(repository, to);
            List<String> paths = new ArrayList<>(Integration.differing(one, other));
            paths.removeIf(path -> !Layout.isPart(path));
            paths.sort((a, b) -> Layout.REGISTER.equals(a) ? -1 : Layout.REGISTER.equals(b) ? 1 : a.compareTo(b));
            Path root = repository.getWorkTree().toPath();
            List<ModelDiff.Change> changes = new ArrayList<>();
            for (String path : paths) {
                EObject before = Snapshots.part(reader, from, path, root);
                EObject after = Snapshots.part(reader, to, path, root);
                changes.addAll(ModelDiff.between(before, after));
            }
            return changes;
        }
    }

    private static ObjectId resolve(Repository repository, String revision) throws IOException {
        ObjectId id = repository.resolve(revision);
        if (id == null) {
            throw new ShareException(NLS.bind(Messages.unknownVersion, FileNames.display(revision)));
        }
        return id;
    }
}
