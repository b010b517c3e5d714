package rectify.importer.internal.read;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/**
 * OLE2 compound files: a Word 97-2003 document is read; a Word document protected by a password
 * (Office keeps encrypted .docx files in this container) and other Office files are refused.
 */
final class OfficeBinaries {

    private OfficeBinaries() {
    }

    static SourceDocument read(Path file) throws ImportException {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw ImportException.of(file, Problem.ENCRYPTED, null);
            }
            if (!root.hasEntry("WordDocument")) { //$NON-NLS-1$
                throw ImportException.of(file, Problem.NOT_WORD, null);
            }
            return Word97Documents.read(file, root);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw DocumentReader.damaged(file, e);
        }
    }
}
