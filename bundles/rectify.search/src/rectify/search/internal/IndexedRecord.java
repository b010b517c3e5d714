package rectify.search.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the index keeps of one record: its identity and the elements that are searched.
 *
 * @param id the record's identifier in its register
 * @param title its title
 * @param year its year
 * @param organization the organization of its register
 * @param elements the elements, the record itself first
 */
public record IndexedRecord(String id, String title, int year, String organization, List<IndexedElement> elements) {

    /**
     * @return a digest of everything the index keeps of the record: equal digests need no new
     *         indexing
     */
    public String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            Stream.concat(Stream.of(id, title, Integer.toString(year), organization),
                    elements.stream().map(Object::toString))
                    .forEach(value -> {
                        digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                    });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
