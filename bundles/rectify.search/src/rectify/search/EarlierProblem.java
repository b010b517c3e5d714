package rectify.search;

import java.nio.file.Path;
import java.util.List;

/**
 * A problem of an earlier year that a problem resembles.
 *
 * @param register the register file that holds it
 * @param recordId the identifier of its record
 * @param recordTitle its record's title
 * @param year its record's year
 * @param problemId its identifier
 * @param number its number as users see it
 * @param headline its headline
 * @param score how alike the two are, from 0 (nothing in common) to 1 (the same words)
 * @param sharedWords the words both have, those that weigh most first: why they are alike
 * @param repeat whether the score passes {@link Recurrences#THRESHOLD}: likely the same problem found again
 */
public record EarlierProblem(Path register, String recordId, String recordTitle, int year, String problemId,
        String number,
        String headline, double score, List<String> sharedWords, boolean repeat) {
}
