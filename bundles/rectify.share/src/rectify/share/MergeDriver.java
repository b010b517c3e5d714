package rectify.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import rectify.core.merge.MergeReport;
import rectify.core.merge.ThreeWayMerge;
import rectify.share.format.Part;
import rectify.share.format.PartReader;
import rectify.share.format.PartWriter;
import rectify.share.store.Snapshots;

/**
 * Rectify's model merge for Git's own merges of a shared register's files, the merge driver that
 * {@code .gitattributes} names ({@code rectify merge %O %A %B %P}): the three versions of one part
 * merged by identifier, the result written over "ours"; conflicts are decided for ours and listed,
 * so that Git leaves the file marked as conflicted.
 */
public final class MergeDriver {

    private MergeDriver() {
    }

    /**
     * @param base the common version (empty when both added the file)
     * @param ours our version, replaced by the merged one
     * @param theirs their version
     * @param path the file's path in the folder, for messages
     * @return the conflicts (decided for ours); none when the merge is clean
     */
    public static List<ThreeWayMerge.Conflict> merge(Path base, Path ours, Path theirs, Path path) throws IOException {
        EObject b = read(base, path);
        EObject o = read(ours, path);
        EObject t = read(theirs, path);
        ThreeWayMerge merge = ThreeWayMerge.of(b, o, t);
        ThreeWayMerge.Result result = merge.result(new MergeReport());
        Map<EObject, String> ids = result.ids();
        byte[] merged = PartWriter.write(result.root(),
                element -> element.eIsProxy() ? Snapshots.id(element) : ids.get(element));
        Path temporary = Files.createTempFile(ours.toAbsolutePath().getParent(), ".rectify-merge", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.write(temporary, merged);
            Files.move(temporary, ours, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return merge.conflicts();
    }

    private static EObject read(Path file, Path path) throws IOException {
        byte[] content = Files.readAllBytes(file);
        if (content.length == 0) {
            return null;
        }
        Part part = PartReader.read(content, path);
        Map<EObject, String> ids = part.standalone();
        org.eclipse.emf.ecore.resource.Resource holder = rectify.core.io.RegisterFiles.create(
                rectify.core.io.RegisterFiles.newResourceSet(),
                file.toAbsolutePath().resolveSibling(file.getFileName() + ".rectify")); //$NON-NLS-1$
        holder.getContents().add(part.root());
        ids.forEach((element, id) -> {
            if (!element.eIsProxy() && element.eResource() == holder) {
                ((org.eclipse.emf.ecore.xmi.XMLResource) holder).setID(element, id);
            }
        });
        return part.root();
    }
}
