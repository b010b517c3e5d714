package rectify.model.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.Review;

/** The numbers users know elements by, and the Chinese numerals of headings, written and read once. */
class NumberingTest {

    private static final RectifyFactory MODEL = RectifyFactory.eINSTANCE;

    @Test
    void problemsAndMeasuresAreNumberedUnderTheirAspectOrDirectionCausesAlone() {
        Review review = MODEL.createReview();
        Aspect first = MODEL.createAspect();
        Aspect second = MODEL.createAspect();
        review.getAspects().addAll(List.of(first, second));
        Problem problem = MODEL.createProblem();
        problem.setNumber(1);
        second.getProblems().add(problem);
        Direction direction = MODEL.createDirection();
        review.getDirections().add(direction);
        Measure measure = MODEL.createMeasure();
        measure.setNumber(3);
        direction.getMeasures().add(measure);
        Cause cause = MODEL.createCause();
        cause.setNumber(4);
        review.getCauses().add(cause);

        assertEquals(List.of(1, 2), List.of(first.getPosition(), second.getPosition()));
        assertEquals("2.1", problem.getFullNumber());
        assertEquals("1.3", measure.getFullNumber());
        assertEquals("4", cause.getFullNumber());

        review.getAspects().move(0, second);
        assertEquals("1.1", problem.getFullNumber(), "the number follows the aspect's place");
    }

    @Test
    void anElementOutsideAReviewHasItsOwnNumberAndNoneWithoutOne() {
        Problem loose = MODEL.createProblem();
        loose.setNumber(7);
        assertEquals("7", loose.getFullNumber());
        Aspect aspect = MODEL.createAspect();
        aspect.getProblems().add(loose);
        assertEquals(0, aspect.getPosition());
        assertEquals("7", loose.getFullNumber());
        loose.setNumber(0);
        assertEquals("", loose.getFullNumber());
    }

    @Test
    void numeralsFromOneToNinetyNineAndBack() {
        assertEquals(List.of("一", "十", "十一", "二十", "二十五", "九十九"), List.of(ChineseNumerals.format(1),
                ChineseNumerals.format(10), ChineseNumerals.format(11), ChineseNumerals.format(20),
                ChineseNumerals.format(25), ChineseNumerals.format(99)));
        for (int n = 1; n <= 99; n++) {
            assertEquals(n, ChineseNumerals.parse(ChineseNumerals.format(n)), ChineseNumerals.format(n));
        }
        assertEquals("100", ChineseNumerals.format(100), "digits beyond 99");
        assertEquals("（十二）", ChineseNumerals.inParentheses(12));
        assertEquals(-1, ChineseNumerals.parse("十十"));
        assertEquals(-1, ChineseNumerals.parse("百"));
        assertEquals(-1, ChineseNumerals.parse(""));
    }
}
