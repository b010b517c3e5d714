package rectify.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import rectify.core.io.DiskVersion;

/**
 * The version of a register file an index was made from: its size and time, read before its
 * content, and the SHA-256 of the content. The index is current while the file has the same size
 * and time, or else the same content (a copy or a touch).
 *
 * @param size the file's size in bytes
 * @param modified its time of last modification, in milliseconds
 * @param digest the SHA-256 of its content, in hexadecimal
 */
public record FileStamp(long size, long modified, String digest) {

    private static final String SIZE = "size"; //$NON-NLS-1$
    private static final String MODIFIED = "modified"; //$NON-NLS-1$
    private static final String DIGEST = "digest"; //$NON-NLS-1$

    /**
     * @param file a register file
     * @return its stamp as it is now
     * @throws IOException when it cannot be read
     */
    public static FileStamp read(Path file) throws IOException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(before.size(), before.lastModifiedTime().toMillis(), DiskVersion.read(file).digest());
    }

    /**
     * @param file the register file
     * @return whether the file is still this version
     * @throws IOException when it cannot be read
     */
    public boolean isCurrent(Path file) throws IOException {
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        if (now.size() == size && now.lastModifiedTime().toMillis() == modified) {
            return true;
        }
        return now.size() == size && digest.equals(DiskVersion.read(file).digest());
    }

    /** @return the stamp as the index's commit data keeps it */
    Map<String, String> toCommitData() {
        Map<String, String> data = new HashMap<>();
        data.put(SIZE, Long.toString(size));
        data.put(MODIFIED, Long.toString(modified));
        data.put(DIGEST, digest);
        return data;
    }

    /**
     * @param data an index's commit data
     * @return the stamp it keeps, or {@code null} when it keeps none
     */
    static FileStamp fromCommitData(Map<String, String> data) {
        try {
            return new FileStamp(Long.parseLong(data.get(SIZE)), Long.parseLong(data.get(MODIFIED)),
                    Objects.requireNonNull(data.get(DIGEST)));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
