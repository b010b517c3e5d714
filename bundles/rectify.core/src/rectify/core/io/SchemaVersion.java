package rectify.core.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import rectify.model.RectifyPackage;

/**
 * A version of the register schema, written in the namespace URI as
 * {@code urn:rectify:model:<major>.<minor>}.
 */
record SchemaVersion(int major, int minor) implements Comparable<SchemaVersion> {

    /** The namespace URI of every schema version, without the version. */
    static final String NAMESPACE_PREFIX = "urn:rectify:model:"; //$NON-NLS-1$

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})"); //$NON-NLS-1$

    /** The version this code reads and writes. */
    static final SchemaVersion CURRENT = fromNamespace(RectifyPackage.eNS_URI);

    /**
     * @param namespace a namespace URI
     * @return the version of a register namespace, or {@code null} when the namespace is not
     *         {@code urn:rectify:model:<major>.<minor>}
     */
    static SchemaVersion fromNamespace(String namespace) {
        if (namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
            return null;
        }
        Matcher matcher = VERSION.matcher(namespace.substring(NAMESPACE_PREFIX.length()));
        if (!matcher.matches()) {
            return null;
        }
        return new SchemaVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** @return the namespace URI of this version */
    String namespace() {
        return NAMESPACE_PREFIX + this;
    }

    @Override
    public int compareTo(SchemaVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor; //$NON-NLS-1$
    }
}
