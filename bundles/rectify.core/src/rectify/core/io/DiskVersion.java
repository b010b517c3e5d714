package rectify.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Which version of a file a program read or wrote: the SHA-256 of its content, and the size, time
 * and identity (inode) the file had. {@link #isCurrent(Path)} tells whether the file on disk is
 * still that version, which is what a save checks before it replaces the file (compare and swap):
 * unchanged attributes answer at once; changed ones (a copy, a touch, another program's save) are
 * answered by the content.
 * <p>
 * The attributes must be read before the content: read after, they could belong to a newer file
 * than the content hashed, and the newer file would then pass for the one read.
 */
public final class DiskVersion {

    /** The version of a file that does not exist. */
    public static final DiskVersion ABSENT = new DiskVersion(null, null, null, null);

    private static final String ALGORITHM = "SHA-256"; //$NON-NLS-1$

    private final Long size;
    private final FileTime modified;
    private final Object key;
    private final byte[] digest;

    private DiskVersion(Long size, FileTime modified, Object key, byte[] digest) {
        this.size = size;
        this.modified = modified;
        this.key = key;
        this.digest = digest;
    }

    /**
     * @param before the file's attributes read before its content, or {@code null} when unknown
     * @param digest the SHA-256 of the content
     * @return the version
     */
    static DiskVersion of(BasicFileAttributes before, byte[] digest) {
        Objects.requireNonNull(digest);
        return before == null ? new DiskVersion(null, null, null, digest.clone())
                : new DiskVersion(before.size(), before.lastModifiedTime(), before.fileKey(), digest.clone());
    }

    /**
     * @param identity what tells the version apart from every other, such as the identifier of a
     *        commit: versions with the same identity are equal
     * @return the version, which no file's attributes answer for ({@link #isCurrent} compares content)
     */
    public static DiskVersion identified(byte[] identity) {
        return of(null, identity);
    }

    /**
     * Reads the version of a file as it is now.
     *
     * @param file a file
     * @return its version, {@link #ABSENT} when it does not exist
     * @throws IOException when it cannot be read
     */
    public static DiskVersion read(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        try {
            return of(attributes, digestOf(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }

    /**
     * @param file a file
     * @return whether the file on disk is this version: both absent, or the same content
     * @throws IOException when the file cannot be read
     */
    public boolean isCurrent(Path file) throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return digest == null;
        }
        if (digest == null) {
            return false;
        }
        if (size != null && size == now.size() && modified.equals(now.lastModifiedTime())
                && Objects.equals(key, now.fileKey())) {
            return true;
        }
        if (size != null && size != now.size()) {
            return false;
        }
        try {
            return Arrays.equals(digest, digestOf(file));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** @return whether the file existed */
    public boolean exists() {
        return digest != null;
    }

    /** @return the SHA-256 of the content in hexadecimal, or an empty string for an absent file */
    public String digest() {
        return digest == null ? "" : HexFormat.of().formatHex(digest); //$NON-NLS-1$
    }

    /** Two versions are equal when both files are absent or have the same content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DiskVersion version && Arrays.equals(digest, version.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return digest == null ? "absent" : ALGORITHM + ":" + digest(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return a new digest of the kind versions use */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] digestOf(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int count; (count = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, count);
            }
        }
        return digest.digest();
    }
}
