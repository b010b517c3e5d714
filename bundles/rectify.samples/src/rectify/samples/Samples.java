package rectify.samples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The sample data shipped with Rectify.
 * <p>
 * The sample register holds the 2021 democratic life meeting of the sample self-examination
 * material, sentence by sentence, and a worked example record (marked as example data) whose
 * problems, causes and measures are linked, owned, scheduled and followed up.
 */
public final class Samples {

    /** The path of the sample register inside this bundle (and on its class path). */
    public static final String SAMPLE_REGISTER = "registers/sample-register.rectify";

    /**
     * The file name, without extension, of the sample self-examination material: the 2021
     * democratic life meeting document the sample register was made from, as users write it.
     */
    public static final String SAMPLE_DOCUMENT = "democratic-life-meeting-2021";

    private static final String DOCUMENTS = "documents/";

    private Samples() {
    }

    /**
     * Locates the sample register: the bundle entry when running in OSGi, otherwise the resource
     * found by this class's class loader.
     *
     * @return the location of the sample register file, never {@code null}
     * @throws IllegalStateException if the file was not packaged
     */
    public static URL sampleRegister() {
        return packaged(SAMPLE_REGISTER);
    }

    /**
     * Locates the sample self-examination material in one of its formats.
     *
     * @param extension {@code txt} (UTF-8), {@code docx}, {@code doc} (Word 97-2003) or {@code pdf}
     * @return the location of the document, never {@code null}
     * @throws IllegalStateException if there is no such document
     */
    public static URL sampleDocument(String extension) {
        return packaged(DOCUMENTS + SAMPLE_DOCUMENT + "." + extension);
    }

    private static URL packaged(String path) {
        URL url = bundleEntry(path);
        if (url == null) {
            ClassLoader loader = Samples.class.getClassLoader();
            url = loader == null ? ClassLoader.getSystemResource(path) : loader.getResource(path);
        }
        if (url == null) {
            throw new IllegalStateException("The sample file " + path + " is missing from rectify.samples");
        }
        return url;
    }

    /**
     * Copies the sample register to a file, replacing what is there: the copy is written beside
     * it first and then moved in place, so the file is never left half written.
     *
     * @param file where the copy goes; its folder must exist
     * @return {@code file}
     * @throws IOException if the copy cannot be written
     */
    public static Path copySampleRegister(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, "sample", ".part");
        try (InputStream sample = sampleRegister().openStream()) {
            Files.copy(sample, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }

    private static URL bundleEntry(String path) {
        try {
            return Osgi.entry(path);
        } catch (LinkageError noFramework) {
            // plain Java: the OSGi framework classes are not on the class path
            return null;
        }
    }

    /** Kept apart so that the OSGi classes are loaded only when asked for. */
    private static final class Osgi {

        static URL entry(String path) {
            Bundle bundle = FrameworkUtil.getBundle(Samples.class);
            return bundle == null ? null : bundle.getEntry(path);
        }
    }
}
