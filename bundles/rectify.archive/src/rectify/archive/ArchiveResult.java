package rectify.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * A written archive.
 *
 * @param file the PDF file, complete
 * @param pages its number of pages
 * @param warnings what the reader should know, in the user's language: archival information left
 *        blank on the stamp, characters no installed font has (drawn as □), a diagram too large to
 *        draw; empty when there is nothing to say
 */
public record ArchiveResult(Path file, int pages, List<String> warnings) {

    /** Copies the warnings. */
    public ArchiveResult {
        warnings = List.copyOf(warnings);
    }
}
