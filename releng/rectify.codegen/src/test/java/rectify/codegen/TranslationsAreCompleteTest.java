package rectify.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key the generator writes into a bundle's {@code plugin.properties} has a hand-written
 * Chinese value in {@code plugin_zh.properties}, and both files are ASCII, as Eclipse reads them as
 * ISO-8859-1.
 */
class TranslationsAreCompleteTest {

    @ParameterizedTest
    @ValueSource(strings = { Regenerate.MODEL, Regenerate.EDIT })
    void chineseHasEveryKeyOfEnglish(String bundle) throws IOException {
        Path dir = BundleTrees.committedBundles().resolve(bundle);

        assertEquals(keys(dir.resolve("plugin.properties")), keys(dir.resolve("plugin_zh.properties")));
    }

    private static Set<String> keys(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            assertTrue(b >= 0, () -> file + " has a non-ASCII byte; write it with \\u escapes");
        }
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(bytes));
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
