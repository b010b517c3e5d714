package rectify.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version in the name of a bundle's jar, {@code <name>_<major>[.<minor>[.<micro>[.<qualifier>]]].jar},
 * ordered as OSGi orders versions.
 *
 * @param major the major number
 * @param minor the minor number
 * @param micro the micro number
 * @param qualifier the qualifier, empty when there is none
 */
record BundleVersion(long major, long minor, long micro, String qualifier) implements Comparable<BundleVersion> {

    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+)(?:\\.(\\d+)(?:\\.([\\w-]+))?)?)?\\.jar");
    private static final Comparator<BundleVersion> ORDER = Comparator.comparingLong(BundleVersion::major)
            .thenComparingLong(BundleVersion::minor).thenComparingLong(BundleVersion::micro)
            .thenComparing(BundleVersion::qualifier);

    /**
     * @param jar a file
     * @param bundle a bundle's symbolic name
     * @return the version of the bundle that the file is the jar of, or {@code null} when it is
     *         not a jar of that bundle
     */
    static BundleVersion of(Path jar, String bundle) {
        String name = jar.getFileName().toString();
        if (!name.startsWith(bundle + "_")) {
            return null;
        }
        Matcher version = VERSION.matcher(name.substring(bundle.length() + 1));
        if (!version.matches()) {
            return null;
        }
        return new BundleVersion(number(version.group(1)), number(version.group(2)), number(version.group(3)),
                version.group(4) == null ? "" : version.group(4));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    @Override
    public int compareTo(BundleVersion other) {
        return ORDER.compare(this, other);
    }
}
