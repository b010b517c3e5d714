package rectify.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rectify.chain.internal.Messages;
import rectify.model.Cause;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Review;

/** Which links may be drawn between the sample's problems, causes and measures, and which are refused. */
class LinkRulesTest {

    private static Review example;
    private static Review meeting;

    @BeforeAll
    static void read() throws Exception {
        example = SampleReviews.of(2025);
        meeting = SampleReviews.of(2021);
    }

    @Test
    void allowsTheThreeKindsInTheirDirection() {
        Problem problem = example.getAspects().get(0).getProblems().get(0);
        Cause cause = example.getCauses().get(2);
        Measure measure = example.getDirections().get(2).getMeasures().get(0);
        assertNull(LinkRules.refusal(LinkKind.CAUSED_BY, problem, cause));
        assertNull(LinkRules.refusal(LinkKind.ADDRESSES, measure, problem));
        assertNull(LinkRules.refusal(LinkKind.REMEDIES, measure, example.getCauses().get(0)));
    }

    @Test
    void refusesWrongDirectionsKindsDuplicatesAndOtherReviews() {
        Problem problem = example.getAspects().get(0).getProblems().get(0);
        Cause cause = example.getCauses().get(0);
        Measure measure = example.getDirections().get(0).getMeasures().get(0);
        assertNotNull(LinkRules.refusal(LinkKind.CAUSED_BY, cause, problem), "the wrong way round");
        assertNotNull(LinkRules.refusal(LinkKind.REMEDIES, cause, measure), "a cause does not remedy");
        assertNotNull(LinkRules.refusal(LinkKind.ADDRESSES, measure, cause), "addresses problems only");
        assertNotNull(LinkRules.refusal(LinkKind.ADDRESSES, measure, measure));
        assertTrue(problem.getCauses().contains(cause));
        assertEquals(LinkRules.refusal(LinkKind.CAUSED_BY, problem, cause),
                NLS.bind(Messages.refusedDuplicate, LinkKind.CAUSED_BY.label()));
        assertEquals(Messages.refusedOtherReview,
                LinkRules.refusal(LinkKind.CAUSED_BY, problem, meeting.getCauses().get(0)));
        assertNotNull(LinkRules.refusalToStart(LinkKind.ADDRESSES, problem));
        assertNull(LinkRules.refusalToStart(LinkKind.ADDRESSES, measure));
    }

    @Test
    void linksAreValuesOfFittingEnds() {
        Problem problem = example.getAspects().get(0).getProblems().get(0);
        Cause cause = example.getCauses().get(0);
        assertEquals(new Link(LinkKind.CAUSED_BY, problem, cause), new Link(LinkKind.CAUSED_BY, problem, cause));
        assertThrows(IllegalArgumentException.class, () -> new Link(LinkKind.CAUSED_BY, problem, problem));
        assertEquals(LinkKind.CAUSED_BY.targetsOf(problem), problem.getCauses());
        assertTrue(LinkKind.CAUSED_BY.sourcesOf(cause).contains(problem));
        assertTrue(LinkKind.ADDRESSES.targetsOf(problem).isEmpty());
    }
}
