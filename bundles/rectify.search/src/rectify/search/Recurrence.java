package rectify.search;

import java.util.List;

/**
 * A problem of a record and the problems of earlier years of the same organization it resembles.
 *
 * @param problemId the problem's identifier
 * @param number its number as users see it
 * @param headline its headline
 * @param earlier the earlier problems it resembles, the most alike first
 */
public record Recurrence(String problemId, String number, String headline, List<EarlierProblem> earlier) {

    /** @return whether the most alike earlier problem is likely the same problem found again */
    public boolean isRepeat() {
        return !earlier.isEmpty() && earlier.get(0).repeat();
    }
}
