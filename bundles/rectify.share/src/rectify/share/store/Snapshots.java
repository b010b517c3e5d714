package rectify.share.store;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Parts of a shared register as a commit has them, each read on its own. */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * @param reader a reader of the repository
     * @param commit a commit, parsed
     * @param path a part's path
     * @param folder the working tree, for messages
     * @return the part's root, references to other parts as proxies; {@code null} when the commit has no such part
     */
    public static EObject part(ObjectReader reader, RevCommit commit, String path, Path folder) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(reader, path, commit.getTree())) {
            if (tree == null) {
                return null;
            }
            byte[] content = reader.open(tree.getObjectId(0)).getCachedBytes(Integer.MAX_VALUE);
            return GitStore.standalone(content, folder.resolve(path));
        }
    }

    /** @return the identifier of an element of a part read on its own, or of a proxy */
    public static String id(EObject element) {
        if (element.eIsProxy()) {
            return ((InternalEObject) element).eProxyURI().fragment();
        }
        return element.eResource() instanceof XMLResource xml ? xml.getID(element) : null;
    }
}
