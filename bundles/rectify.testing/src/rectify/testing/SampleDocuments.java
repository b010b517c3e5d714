package rectify.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import rectify.samples.Samples;

/**
 * The sample documents that the tests read, as files: the ones the samples bundle ships, copied
 * once per test run into a temporary folder under their own names.
 */
public final class SampleDocuments {

    /** The sample's file name, without its extension. */
    public static final String SAMPLE = Samples.SAMPLE_DOCUMENT;

    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

    private SampleDocuments() {
    }

    /**
     * The sample document in one of its formats, as a file that the test may read but not change.
     *
     * @param extension {@code txt}, {@code docx}, {@code doc} or {@code pdf}
     * @return the file, named {@code democratic-life-meeting-2021.<extension>}
     */
    public static Path sample(String extension) {
        return COPIES.computeIfAbsent(extension, SampleDocuments::copy);
    }

    private static Path copy(String extension) {
        try (InputStream in = Samples.sampleDocument(extension).openStream()) {
            Path folder = Files.createTempDirectory("rectify-samples");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve(SAMPLE + "." + extension);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The sample document (" + extension + ") cannot be read", e);
        }
    }
}
