package rectify.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of the sample register that the product starts with and the tests work on. */
class CopySampleRegisterTest {

    @TempDir
    Path dir;

    @Test
    void replacesAnyFileThereWithTheWholeRegisterAndLeavesNothingElse() throws IOException {
        Path file = Files.writeString(dir.resolve("register.rectify"), "an older file");

        Samples.copySampleRegister(file);

        try (InputStream sample = Samples.sampleRegister().openStream()) {
            assertArrayEquals(sample.readAllBytes(), Files.readAllBytes(file));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial copy left beside it");
        }
    }
}
