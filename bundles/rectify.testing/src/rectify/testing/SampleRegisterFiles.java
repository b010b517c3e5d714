package rectify.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import rectify.samples.Samples;

/** Copies of the bundled sample register that a test may change: each a temporary file of its own. */
public final class SampleRegisterFiles {

    private SampleRegisterFiles() {
    }

    /** @return a new copy of the sample register, removed when the tests end */
    public static Path copy() {
        try {
            Path copy = Samples.copySampleRegister(Files.createTempFile("sample-register", ".rectify"));
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("The sample register cannot be copied", e);
        }
    }
}
