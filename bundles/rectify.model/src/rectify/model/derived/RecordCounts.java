package rectify.model.derived;

import java.util.List;
import java.util.function.Function;

import rectify.model.Meeting;
import rectify.model.Record;
import rectify.model.Review;

/** The counts a record derives from its review and, for a meeting, from its preparation. */
public final class RecordCounts {

    private RecordCounts() {
    }

    /**
     * @param record a record
     * @return the number of aspects of its review; 0 without a review
     */
    public static int aspects(Record record) {
        return reviewList(record, Review::getAspects).size();
    }

    /**
     * @param record a record
     * @return the number of problems under all aspects of its review
     */
    public static int problems(Record record) {
        return reviewList(record, Review::getAspects).stream()
                .mapToInt(aspect -> aspect.getProblems().size())
                .sum();
    }

    /**
     * @param record a record
     * @return the number of causes of its review
     */
    public static int causes(Record record) {
        return reviewList(record, Review::getCauses).size();
    }

    /**
     * @param record a record
     * @return the number of directions of its review
     */
    public static int directions(Record record) {
        return reviewList(record, Review::getDirections).size();
    }

    /**
     * @param record a record
     * @return the number of measures under all directions of its review
     */
    public static int measures(Record record) {
        return reviewList(record, Review::getDirections).stream()
                .mapToInt(direction -> direction.getMeasures().size())
                .sum();
    }

    /**
     * @param record a record
     * @return the number of opinions the solicitations of a meeting gathered: for each, its reported
     *         count or, when more were entered one by one, those; 0 for an inspection
     */
    public static int opinions(Record record) {
        if (record instanceof Meeting meeting) {
            return meeting.getSolicitations().stream()
                    .mapToInt(solicitation -> Math.max(solicitation.getReportedCount(),
                            solicitation.getOpinions().size()))
                    .sum();
        }
        return 0;
    }

    /**
     * @param record a record
     * @return the number of talks of a meeting; 0 for an inspection
     */
    public static int talks(Record record) {
        return record instanceof Meeting meeting ? meeting.getTalks().size() : 0;
    }

    private static <T> List<T> reviewList(Record record, Function<Review, List<T>> list) {
        Review review = record.getReview();
        return review == null ? List.of() : list.apply(review);
    }
}
