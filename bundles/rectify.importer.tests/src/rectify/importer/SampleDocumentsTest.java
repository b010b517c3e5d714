package rectify.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import rectify.importer.Finding.Kind;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.Meeting;
import rectify.model.MeetingKind;
import rectify.model.Notice;
import rectify.model.Problem;
import rectify.model.Review;
import rectify.model.Solicitation;
import rectify.model.StudySession;
import rectify.model.Talk;
import rectify.testing.SampleDocuments;

/**
 * The sample, as text and as a Word document, gives the record the sample register
 * holds for it, built by hand: the same split into aspects, problems, examples, causes,
 * directions and measures, word for word, with the preamble's facts.
 */
class SampleDocumentsTest {

    private static Meeting imported(String extension) throws ImportException {
        return assertInstanceOf(Meeting.class, DocumentImport.read(Documents.sample(extension)).record());
    }

    @ParameterizedTest
    @ValueSource(strings = { "txt", "docx", "doc", "pdf" })
    void fiveAspectsFifteenProblemsFiveCausesFourDirectionsTwelveMeasures(String extension) throws ImportException {
        Meeting meeting = imported(extension);
        assertEquals(List.of(5, 15, 5, 4, 12), List.of(meeting.getAspectCount(), meeting.getProblemCount(),
                meeting.getCauseCount(), meeting.getDirectionCount(), meeting.getMeasureCount()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "txt", "docx", "doc", "pdf" })
    void everySentenceOfTheDocumentIsInTheRecord(String extension) throws ImportException {
        List<String> lines = Documents.sampleLines();
        assertTrue(Documents.sentences(lines).size() > 100);
        assertEquals(List.of(), Documents.missing(imported(extension), lines));
        assertEquals(List.of(), imported(extension).getReview().getNotes(), "nothing of the sample is left unplaced");
    }

    @ParameterizedTest
    @ValueSource(strings = { "txt", "docx", "doc", "pdf" })
    void theSameStructureAsTheSampleRegisterWordForWord(String extension) throws ImportException {
        List<String> differences = new ArrayList<>();
        compare(Documents.sampleMeeting().getReview(), imported(extension).getReview(), differences);
        assertEquals(List.of(), differences);
    }

    @ParameterizedTest
    @ValueSource(strings = { "txt", "docx", "doc", "pdf" })
    void theMissingLabelsAreInferredAndReported(String extension) throws ImportException {
        ImportResult result = DocumentImport.read(Documents.sample(extension));
        List<Finding> inferred = result.report().findings(Kind.INFERRED);
        assertEquals(List.of(7, 31), inferred.stream().map(Finding::position).toList(), inferred::toString);
        assertEquals(List.of("", ""), List.of(result.record().getReview().getAspects().get(1).getLabel(),
                result.record().getReview().getDirections().get(0).getLabel()));
        assertEquals(List.of(), result.report().findings(Kind.NOT_PLACED));
        String text = result.report().toText();
        assertTrue(text.contains(SampleDocuments.SAMPLE + "." + extension) && text.contains("88"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "txt", "docx", "doc", "pdf" })
    void thePreparationFactsOfThePreamble(String extension) throws ImportException {
        Meeting expected = Documents.sampleMeeting();
        Meeting meeting = imported(extension);
        assertEquals(expected.getTitle(), meeting.getTitle());
        assertEquals(2021, meeting.getYear());
        assertEquals(MeetingKind.DEMOCRATIC_LIFE, meeting.getKind());
        assertEquals(notice(expected.getBasisNotice()), notice(meeting.getBasisNotice()));
        assertEquals(expected.getPlan().getTitle(), meeting.getPlan().getTitle());
        assertEquals(sessions(expected.getStudySessions()), sessions(meeting.getStudySessions()));
        Solicitation want = expected.getSolicitations().get(0);
        Solicitation got = meeting.getSolicitations().get(0);
        assertEquals(List.of(want.getReportedCount(), want.getChannels(), want.getSourceKinds()),
                List.of(got.getReportedCount(), got.getChannels(), got.getSourceKinds()));
        assertEquals(88, meeting.getOpinionCount());
        assertEquals(talks(expected.getTalks()), talks(meeting.getTalks()));
    }

    private static List<String> notice(Notice notice) {
        return List.of(notice.getTitle(), notice.getIssuer());
    }

    private static List<String> sessions(List<StudySession> sessions) {
        return sessions.stream().map(s -> s.getForm() + " " + s.getTopic()).toList();
    }

    private static List<String> talks(List<Talk> talks) {
        return talks.stream().map(t -> t.getPairing() + " " + t.getInitiatorDescription() + " " + t.getSummary())
                .toList();
    }

    private static void compare(Review want, Review got, List<String> differences) {
        same("preamble", want, got, Review::getPreamble, differences);
        same("problems heading", want, got, Review::getProblemsHeading, differences);
        same("causes heading", want, got, Review::getCausesHeading, differences);
        same("causes intro", want, got, Review::getCausesIntro, differences);
        same("directions heading", want, got, Review::getDirectionsHeading, differences);
        assertNull(got.getDirectionsIntro());
        pairs("aspect", want.getAspects(), got.getAspects(), differences, (a, b) -> {
            same("aspect label", a, b, Aspect::getLabel, differences);
            same("aspect title", a, b, Aspect::getTitle, differences);
            pairs("problem", a.getProblems(), b.getProblems(), differences, (p, q) -> {
                for (Function<Problem, Object> feature : List.<Function<Problem, Object>>of(Problem::getNumber,
                        Problem::getHeadline, Problem::getExplanation)) {
                    same("problem " + p.getHeadline(), p, q, feature, differences);
                }
                same("examples of " + p.getHeadline(), p, q,
                        problem -> problem.getExamples().stream().map(e -> e.getLead() + "|" + e.getText()).toList(),
                        differences);
            });
        });
        pairs("cause", want.getCauses(), got.getCauses(), differences, (a, b) -> {
            for (Function<Cause, Object> feature : List.<Function<Cause, Object>>of(Cause::getNumber,
                    Cause::getHeadline,
                    Cause::getAnalysis)) {
                same("cause " + a.getHeadline(), a, b, feature, differences);
            }
        });
        pairs("direction", want.getDirections(), got.getDirections(), differences, (a, b) -> {
            same("direction label", a, b, Direction::getLabel, differences);
            same("direction heading", a, b, Direction::getHeading, differences);
            pairs("measure", a.getMeasures(), b.getMeasures(), differences, (m, n) -> {
                for (Function<Measure, Object> feature : List.<Function<Measure, Object>>of(Measure::getNumber,
                        Measure::getHeadline, Measure::getText)) {
                    same("measure " + m.getHeadline(), m, n, feature, differences);
                }
            });
        });
        assertEquals(13, got.getAspects().stream().flatMap(a -> a.getProblems().stream())
                .mapToInt(p -> p.getExamples().size()).sum(), "examples");
    }

    private static <T> void same(String what, T want, T got, Function<T, ?> feature, List<String> differences) {
        Object a = feature.apply(want);
        Object b = feature.apply(got);
        if (!Objects.equals(a, b)) {
            differences.add(what + ":\n  register: " + a + "\n  imported: " + b);
        }
    }

    private interface Pair<T> {
        void check(T want, T got);
    }

    private static <T> void pairs(String what, List<T> want, List<T> got, List<String> differences, Pair<T> check) {
        if (want.size() != got.size()) {
            differences.add(what + "s: " + want.size() + " in the register, " + got.size() + " imported");
        }
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            check.check(want.get(i), got.get(i));
        }
    }
}
