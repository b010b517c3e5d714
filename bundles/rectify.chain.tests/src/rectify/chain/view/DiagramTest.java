package rectify.chain.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

import rectify.chain.Link;
import rectify.chain.Reviews;
import rectify.chain.SampleReviews;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.model.urgency.Urgency;
import rectify.model.urgency.WarningThresholds;
import rectify.validation.RegisterValidation;

/** What a diagram shows of a review, headless: its nodes and links, their texts, states and markers. */
class DiagramTest {

    private static Diagram diagram(Review review, LocalDate today) {
        return new Diagram(review, new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new BasicCommandStack()), WarningThresholds.DEFAULT, () -> today);
    }

    @Test
    void showsEveryElementAndLinkOfTheReview() throws Exception {
        Review example = SampleReviews.of(2025);
        Diagram diagram = diagram(example, LocalDate.of(2026, 11, 26));
        assertEquals(Reviews.elements(example), diagram.elements());
        List<Link> links = diagram.elements().stream().flatMap(e -> diagram.outgoing(e).stream()).toList();
        assertEquals(Link.among(Reviews.elements(example)), links);
        Problem problem = example.getAspects().get(0).getProblems().get(0);
        assertEquals(problem.getCauses().size() + problem.getMeasures().size(), diagram.outgoing(problem).size()
                + diagram.incoming(problem).size());
    }

    @Test
    void titlesUseTheFullNumberInTheAskedLanguage() throws Exception {
        Review example = SampleReviews.of(2025);
        Problem problem = example.getAspects().get(1).getProblems().get(0);
        assertEquals("问题 2.1", NodeTexts.title(problem, Locale.CHINESE));
        assertEquals("Problem 2.1", NodeTexts.title(problem, Locale.ENGLISH));
        assertEquals("原因 3", NodeTexts.title(example.getCauses().get(2), Locale.CHINESE));
    }

    @Test
    void measuresAreJudgedOnTheDayAndMarkersFollowTheRules() throws Exception {
        Review meeting = SampleReviews.of(2021);
        LocalDate day = LocalDate.of(2026, 11, 26);
        Diagram diagram = diagram(meeting, day);
        Measure measure = meeting.getDirections().get(0).getMeasures().get(0);
        assertEquals(Urgency.of(measure, day, WarningThresholds.DEFAULT), diagram.stateOf(measure));
        Problem problem = meeting.getAspects().get(0).getProblems().get(0);
        assertNull(diagram.markerOf(problem));
        diagram.setDiagnostics(RegisterValidation.validate(EcoreUtil.getRootContainer(meeting)));
        assertNotNull(diagram.markerOf(problem), "an unlinked problem breaks the closed loop");
        assertTrue(diagram.markerOf(problem).messages().size() >= 2);
    }
}
