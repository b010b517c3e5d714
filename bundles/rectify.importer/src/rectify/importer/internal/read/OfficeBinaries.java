package rectify.importer.internal.read;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/**
 * Says what an OLE2 compound file is, for the message that refuses it: a Word document protected
 * by a password (Office keeps encrypted .docx files in this container), a Word 97-2003 document,
 * or another Office file.
 */
final class OfficeBinaries {

    private OfficeBinaries() {
    }

    static ImportException refusal(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) { //$NON-NLS-1$ //$NON-NLS-2$
                return ImportException.of(file, Problem.ENCRYPTED, null);
            }
            if (root.hasEntry("WordDocument")) { //$NON-NLS-1$
                return ImportException.of(file, Problem.LEGACY_WORD, null);
            }
            return ImportException.of(file, Problem.NOT_WORD, null);
        } catch (IOException | RuntimeException e) {
            return DocumentReader.damaged(file, e);
        }
    }
}
