package rectify.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The sample documents that the tests read: the shared samples beside the repository
 * ({@code ../shared/samples}), which are not part of it.
 */
public final class SampleDocuments {

    /** The sample's file name, without its extension. */
    public static final String SAMPLE = "democratic-life-meeting-2021";

    private static final String SHARED = "shared/samples";
    /** From a module's folder ({@code bundles/<module>}) to the folder beside the repository. */
    private static final String BESIDE_REPOSITORY = "../../..";

    private SampleDocuments() {
    }

    /**
     * Finds the sample document in one of its formats: in the shared samples beside the
     * repository, seen from the working directory (a module's folder), else in the first
     * {@code shared/samples} folder above the working directory.
     *
     * @param extension {@code txt} or {@code docx}
     * @return the file
     * @throws AssertionError naming the places looked at, when it is in none
     */
    public static Path sample(String extension) {
        String name = SAMPLE + "." + extension;
        Path workingDirectory = Path.of("").toAbsolutePath();
        Set<Path> tried = new LinkedHashSet<>();
        tried.add(workingDirectory.resolve(BESIDE_REPOSITORY).resolve(SHARED).resolve(name).normalize());
        for (Path dir = workingDirectory; dir != null; dir = dir.getParent()) {
            tried.add(dir.resolve(SHARED).resolve(name));
        }
        return tried.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new AssertionError("The sample document is missing; looked for " + tried));
    }
}
