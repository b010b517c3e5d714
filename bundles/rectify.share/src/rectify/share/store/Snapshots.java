package rectify.share.store;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jgit.lib.ObjectId;
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
        return part(reader, blob(reader, commit, path), path, folder);
    }

    /**
     * @param reader the repository's reader
     * @param commit a commit
     * @param path a path in it
     * @return the blob at that path in the commit, or {@code null} when it has none
     */
    public static ObjectId blob(ObjectReader reader, RevCommit commit, String path) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(reader, path, commit.getTree())) {
            return tree == null ? null : tree.getObjectId(0);
        }
    }

    /**
     * @param reader the repository's reader
     * @param blob a part's blob, or {@code null}
     * @param path where the part is kept
     * @param folder the working tree, to name the file in messages
     * @return the part's root read on its own, or {@code null} for no blob
     */
    public static EObject part(ObjectReader reader, ObjectId blob, String path, Path folder) throws IOException {
        if (blob == null) {
            return null;
        }
        byte[] content = reader.open(blob).getCachedBytes(Integer.MAX_VALUE);
        return GitStore.standalone(content, folder.resolve(path));
    }

    /** @return the identifier of an element of a part read on its own, or of a proxy */
    public static String id(EObject element) {
        if (element.eIsProxy()) {
            return ((InternalEObject) element).eProxyURI().fragment();
        }
        return element.eResource() instanceof XMLResource xml ? xml.getID(element) : null;
    }
}
