package rectify.archive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A font file chosen by the user for a {@link FontRole}: a TrueType font ({@code .ttf}) or a
 * TrueType collection ({@code .ttc}) with the name of one of its faces.
 *
 * @param file the font file
 * @param face the PostScript or family name of the face in a collection; {@code null} for the
 *        first face, and for single fonts
 */
public record FontFile(Path file, String face) {

    /** Checks that there is a file. */
    public FontFile {
        Objects.requireNonNull(file, "file");
    }

    /**
     * @param file a TrueType font or the first face of a collection
     * @return the font file
     */
    public static FontFile of(Path file) {
        return new FontFile(file, null);
    }
}
