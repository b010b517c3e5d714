package rectify.archive;

import java.nio.file.Path;

/**
 * The font a role resolved to.
 *
 * @param role the role
 * @param file the font file
 * @param face the name of the face used (its PostScript name)
 * @param chosenByUser whether the user's setting chose it, rather than the system's fonts
 */
public record FontChoice(FontRole role, Path file, String face, boolean chosenByUser) {
}
