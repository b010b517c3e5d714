package rectify.ledger.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.osgi.util.NLS;

import rectify.ledger.internal.Messages;
import rectify.model.AttachedDocument;
import rectify.model.RectifyFactory;

/** Evidence files: attaching them by reference, finding them again, and their digests. */
public final class EvidenceFiles {

    private static final int BUFFER = 1 << 16;

    private EvidenceFiles() {
    }

    /**
     * Makes the document of an evidence file, not yet filed with a record: its title is the file's
     * name, its path is relative to the register's folder when the file is on the same drive (with
     * {@code /} between names, so that it works on every system) and absolute otherwise, with the
     * file's size and SHA-256.
     *
     * @param file the evidence file
     * @param registerFolder the folder of the register file, or null to keep the path absolute
     * @return the document
     * @throws IOException when the file is missing or cannot be read; the message names the file
     */
    public static AttachedDocument attach(Path file, Path registerFolder) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IOException(NLS.bind(Messages.attachFailed, absolute,
                    Files.exists(absolute) ? Messages.notAFile : Messages.noSuchFile));
        }
        Digest digest;
        try {
            digest = digest(absolute);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.attachFailed, absolute, reason(e)), e);
        }
        AttachedDocument document = RectifyFactory.eINSTANCE.createAttachedDocument();
        document.setTitle(absolute.getFileName().toString());
        document.setPath(reference(absolute, registerFolder));
        document.setSha256(digest.sha256());
        document.setSize(digest.size());
        return document;
    }

    /**
     * @param document a document with a path
     * @param registerFolder the folder of the register file, against which relative paths resolve
     * @return the file of the document
     * @throws IllegalArgumentException when the document has no path
     */
    public static Path resolve(AttachedDocument document, Path registerFolder) {
        String path = document.getPath();
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("the document has no path: " + document.getTitle()); //$NON-NLS-1$
        }
        Path given = Path.of(path);
        return (given.isAbsolute() || registerFolder == null ? given : registerFolder.resolve(given)).normalize();
    }

    /**
     * @param file a file
     * @return its SHA-256 as 64 lower-case hexadecimal digits
     * @throws IOException when it cannot be read
     */
    public static String sha256(Path file) throws IOException {
        return digest(file).sha256();
    }

    /** The SHA-256 and the size of a file's content. */
    record Digest(String sha256, long size) {
    }

    static Digest digest(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e); //$NON-NLS-1$
        }
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
                size += read;
            }
        }
        return new Digest(HexFormat.of().formatHex(sha.digest()), size);
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.noSuchFile;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String reference(Path file, Path registerFolder) {
        if (registerFolder != null) {
            Path folder = registerFolder.toAbsolutePath().normalize();
            if (folder.getRoot() != null && folder.getRoot().equals(file.getRoot())) {
                Path relative = folder.relativize(file);
                return relative.toString().replace(file.getFileSystem().getSeparator(), "/"); //$NON-NLS-1$
            }
        }
        return file.toString();
    }
}
