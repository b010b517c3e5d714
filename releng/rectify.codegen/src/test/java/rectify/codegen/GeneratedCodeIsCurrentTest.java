package rectify.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the committed generated code current: generates into a copy of the model and edit bundles
 * (without their {@code src-gen}) and compares the copy with the committed bundles file by file.
 */
class GeneratedCodeIsCurrentTest {

    private static final List<String> BUNDLES = List.of(Regenerate.MODEL, Regenerate.EDIT);

    @TempDir
    Path copy;

    @Test
    void committedBundlesAreWhatTheGeneratorProduces() throws IOException {
        Path bundles = BundleTrees.committedBundles();
        for (String bundle : BUNDLES) {
            BundleTrees.copy(bundles.resolve(bundle), copy.resolve(bundle), Regenerate.SRC_GEN);
        }

        Regenerate.generate(copy);

        List<String> differences = new ArrayList<>();
        for (String bundle : BUNDLES) {
            BundleTrees.differences(bundles.resolve(bundle), copy.resolve(bundle))
                    .forEach(difference -> differences.add(bundle + ": " + difference));
        }
        assertTrue(differences.isEmpty(), () -> String.join(System.lineSeparator(), differences)
                + System.lineSeparator() + "Regenerate with "
                + "`./mvnw -B -pl releng/rectify.codegen compile exec:java` and commit the result.");
    }
}
