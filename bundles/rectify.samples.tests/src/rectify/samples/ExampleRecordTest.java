package rectify.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.ChainElement;
import rectify.model.DeadlineChange;
import rectify.model.Disposition;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.NodeLayout;
import rectify.model.Opinion;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.RequiredAspect;
import rectify.model.Review;
import rectify.model.ReviewTemplate;

/** The worked example record of the sample register: linked, owned, scheduled, followed up. */
class ExampleRecordTest {

    private static Record example;
    private static Review review;
    private static Meeting sampleMeeting;
    private static List<Problem> problems;
    private static List<Cause> causes;
    private static List<Measure> measures;

    @BeforeAll
    static void load() {
        SampleRegisters.Loaded loaded = SampleRegisters.load();
        example = loaded.example();
        sampleMeeting = loaded.meeting();
        review = example.getReview();
        assertNotNull(review);
        problems = review.getAspects().stream().flatMap(a -> a.getProblems().stream()).toList();
        causes = review.getCauses();
        measures = review.getDirections().stream().flatMap(d -> d.getMeasures().stream()).toList();
    }

    @Test
    void markedAsExample() {
        assertTrue(example.isExample());
        assertTrue(example.getTitle().endsWith("（示例）"), example.getTitle());
        assertFalse(problems.isEmpty());
        assertFalse(causes.isEmpty());
        assertFalse(measures.isEmpty());
    }

    @Test
    void everyProblemHasACauseAndAMeasure() {
        for (Problem problem : problems) {
            assertFalse(problem.getCauses().isEmpty(), () -> "no cause: " + problem.getHeadline());
            assertFalse(problem.getMeasures().isEmpty(), () -> "no measure: " + problem.getHeadline());
        }
    }

    @Test
    void everyCauseExplainsAProblemAndIsAddressed() {
        for (Cause cause : causes) {
            assertFalse(cause.getProblems().isEmpty(), () -> "explains nothing: " + cause.getHeadline());
            assertFalse(cause.getMeasures().isEmpty(), () -> "not addressed: " + cause.getHeadline());
        }
    }

    @Test
    void linksStayInsideTheReview() {
        Set<Object> own = new HashSet<>(problems);
        own.addAll(causes);
        own.addAll(measures);
        for (Measure measure : measures) {
            assertTrue(own.containsAll(measure.getProblems()) && own.containsAll(measure.getCauses()),
                    measure.getHeadline());
        }
        for (Problem problem : problems) {
            assertTrue(own.containsAll(problem.getCauses()), problem.getHeadline());
        }
    }

    @Test
    void everyMeasureHasAnOwnerAndADeadline() {
        for (Measure measure : measures) {
            assertTrue(measure.getResponsibleLeader() != null || measure.getResponsibleUnit() != null,
                    () -> "no leader or unit: " + measure.getHeadline());
            assertNotNull(measure.getDeadline(), () -> "no deadline: " + measure.getHeadline());
            if (measure.getResponsibleLeader() != null) {
                assertTrue(measure.getResponsibleLeader().isLeadershipMember(), measure.getHeadline());
            }
        }
    }

    @Test
    void statusesCoverAllFourAndAreFollowedUp() {
        Set<MeasureStatus> statuses = EnumSet.noneOf(MeasureStatus.class);
        measures.forEach(measure -> statuses.add(measure.getStatus()));
        assertEquals(EnumSet.allOf(MeasureStatus.class), statuses);
        for (Measure measure : measures) {
            switch (measure.getStatus()) {
                case CLOSED -> {
                    assertNotNull(measure.getVerification(),
                            () -> "closed without verification: " + measure.getHeadline());
                    assertNotNull(measure.getVerification().getVerifier());
                    assertNotNull(measure.getVerification().getDate());
                    assertFalse(measure.getProgress().isEmpty());
                }
                case DONE, IN_PROGRESS -> assertFalse(measure.getProgress().isEmpty(), measure.getHeadline());
                case PLANNED -> assertTrue(measure.getProgress().isEmpty(), measure.getHeadline());
            }
            measure.getProgress().forEach(entry -> {
                assertNotNull(entry.getDate());
                assertNotNull(entry.getAuthor());
                assertFalse(entry.getText().isBlank());
                assertTrue(example.getDocuments().containsAll(entry.getEvidence()));
            });
        }
    }

    @Test
    void deadlineChangeWithAReason() {
        List<DeadlineChange> changes = new ArrayList<>();
        for (Measure measure : measures) {
            if (!measure.getDeadlineChanges().isEmpty()) {
                DeadlineChange last = measure.getDeadlineChanges().get(measure.getDeadlineChanges().size() - 1);
                assertEquals(measure.getDeadline(), last.getNewDeadline(), measure.getHeadline());
                assertTrue(last.getNewDeadline().isAfter(last.getPreviousDeadline()));
                changes.addAll(measure.getDeadlineChanges());
            }
        }
        assertFalse(changes.isEmpty());
        changes.forEach(change -> assertFalse(change.getReason() == null || change.getReason().isBlank()));
    }

    @Test
    void opinionsAreDisposedOf() {
        assertTrue(example instanceof Meeting);
        List<Opinion> opinions = ((Meeting) example).getSolicitations().stream().flatMap(s -> s.getOpinions().stream())
                .toList();
        assertTrue(opinions.stream().anyMatch(o -> o.getDisposition() == Disposition.ADOPTED));
        assertTrue(opinions.stream().anyMatch(o -> o.getDisposition() == Disposition.NOT_ADOPTED));
        for (Opinion opinion : opinions) {
            switch (opinion.getDisposition()) {
                case ADOPTED, MERGED -> assertFalse(opinion.getProblems().isEmpty(), opinion.getText());
                case NOT_ADOPTED ->
                    assertFalse(opinion.getReason() == null || opinion.getReason().isBlank(), opinion.getText());
                case PENDING -> {
                }
            }
            assertTrue(problems.containsAll(opinion.getProblems()));
        }
    }

    @Test
    void templateRequirementsAreMet() {
        ReviewTemplate template = review.getTemplate();
        assertNotNull(template);
        assertFalse(template.getAspects().isEmpty());
        for (RequiredAspect required : template.getAspects()) {
            List<Aspect> answering = review.getAspects().stream().filter(a -> a.getRequirement() == required).toList();
            assertEquals(1, answering.size(), required.getTitle());
            assertTrue(answering.get(0).getProblems().size() >= required.getMinimumProblems(), required.getTitle());
        }
    }

    @Test
    void archivalInformation() {
        assertNotNull(example.getArchivalInfo());
        assertTrue(example.getArchivalInfo().isSetRetention());
        assertEquals("X001-2025-Y-JGDW-0001", example.getArchivalInfo().getReference());
    }

    @Test
    void earlierOccurrencesPointAtTheSampleMeeting() {
        List<Problem> earlier = problems.stream().map(Problem::getEarlierOccurrence).filter(p -> p != null).toList();
        assertFalse(earlier.isEmpty());
        for (Problem problem : earlier) {
            assertTrue(problem.eContainer().eContainer() == sampleMeeting.getReview(), problem.getHeadline());
        }
    }

    @Test
    void layoutHasOneNodePerElementInThreeLanesWithoutOverlaps() {
        assertNotNull(review.getLayout());
        List<NodeLayout> nodes = review.getLayout().getNodes();
        List<ChainElement> elements = new ArrayList<>(problems);
        elements.addAll(causes);
        elements.addAll(measures);
        assertEquals(elements.size(), nodes.size());
        assertEquals(Set.copyOf(elements), Set.copyOf(nodes.stream().map(NodeLayout::getElement).toList()));
        for (NodeLayout node : nodes) {
            assertTrue(node.getWidth() > 0 && node.getHeight() > 0 && node.getX() >= 0 && node.getY() >= 0);
        }
        assertTrue(right(lane(nodes, Problem.class)) < left(lane(nodes, Cause.class)), "problems left of causes");
        assertTrue(right(lane(nodes, Cause.class)) < left(lane(nodes, Measure.class)), "causes left of measures");
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                NodeLayout a = nodes.get(i);
                NodeLayout b = nodes.get(j);
                boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
                        || a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
                assertTrue(apart, "nodes " + i + " and " + j + " overlap");
            }
        }
    }

    private static List<NodeLayout> lane(List<NodeLayout> nodes, Class<? extends ChainElement> kind) {
        List<NodeLayout> lane = nodes.stream().filter(n -> kind.isInstance(n.getElement())).toList();
        assertFalse(lane.isEmpty(), kind.getSimpleName());
        return lane;
    }

    private static int left(List<NodeLayout> lane) {
        return lane.stream().mapToInt(NodeLayout::getX).min().orElseThrow();
    }

    private static int right(List<NodeLayout> lane) {
        return lane.stream().mapToInt(n -> n.getX() + n.getWidth()).max().orElseThrow();
    }
}
