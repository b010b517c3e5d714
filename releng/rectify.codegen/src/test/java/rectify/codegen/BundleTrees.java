package rectify.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Copies and compares the files of bundle directories, leaving build output out. */
final class BundleTrees {

    private static final Set<String> BUILD_OUTPUT = Set.of("target", "bin");

    private BundleTrees() {
    }

    /**
     * @return the directory of the committed bundles: the system property {@code rectify.bundles}
     *         that the build sets, else {@code bundles} of the repository seen from this module
     */
    static Path committedBundles() {
        return Paths.get(System.getProperty("rectify.bundles", "../../bundles"));
    }

    /** Copies a bundle's files, except build output and one top-level directory. */
    static void copy(Path bundle, Path target, String skippedDirectory) throws IOException {
        for (String file : files(bundle)) {
            if (!skippedDirectory.equals(topLevel(file))) {
                Path copy = target.resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(bundle.resolve(file), copy);
            }
        }
    }

    /**
     * @return one line per file that is missing on one side or differs, with its path relative to
     *         the bundle
     */
    static List<String> differences(Path committed, Path generated) throws IOException {
        Set<String> committedFiles = files(committed);
        Set<String> generatedFiles = files(generated);
        Set<String> all = new TreeSet<>(committedFiles);
        all.addAll(generatedFiles);
        List<String> differences = new ArrayList<>();
        for (String file : all) {
            if (!generatedFiles.contains(file)) {
                differences.add("committed but no longer generated: " + file);
            } else if (!committedFiles.contains(file)) {
                differences.add("generated but not committed: " + file);
            } else if (Files.mismatch(committed.resolve(file), generated.resolve(file)) != -1) {
                differences.add("differs from the generator's output: " + file);
            }
        }
        return differences;
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            Set<String> files = new TreeSet<>();
            paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(file -> !BUILD_OUTPUT.contains(topLevel(file)))
                    .forEach(files::add);
            return files;
        }
    }

    private static String topLevel(String file) {
        int slash = file.indexOf('/');
        return slash < 0 ? file : file.substring(0, slash);
    }
}
