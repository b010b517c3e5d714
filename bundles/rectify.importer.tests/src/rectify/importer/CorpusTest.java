package rectify.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import rectify.core.io.RegisterFiles;
import rectify.importer.internal.Messages;
import rectify.model.Aspect;
import rectify.model.Direction;
import rectify.model.Inspection;
import rectify.model.Measure;
import rectify.model.MeasureStatus;
import rectify.model.Meeting;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Register;

/**
 * The corpus of documents in the shapes offices write (meeting materials and inspection progress
 * reports; text, Word, Word 97-2003 and PDF): each gives the record its {@code .expected} file
 * describes, keeps every sentence, and the report names the shapes recognised.
 */
class CorpusTest {

    @TempDir
    Path dir;

    static List<String> documents() {
        return Corpus.documents();
    }

    private static Record imported(String document) throws ImportException {
        return DocumentImport.read(Corpus.file(document)).record();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void kindTitleYearAndCounts(String document) throws ImportException {
        ImportResult result = DocumentImport.read(Corpus.file(document));
        Record record = result.record();
        Map<String, String> expected = Corpus.expected(document);
        String kind = record instanceof Meeting meeting ? "meeting " + meeting.getKind()
                : "inspection " + ((Inspection) record).getKind();
        assertEquals(expected.get("record"), kind);
        assertEquals(expected.get("title"), record.getTitle());
        assertEquals(expected.get("year"), Integer.toString(record.getYear()));
        assertEquals(expected.get("counts"),
                numbers(record.getAspectCount(), record.getProblemCount(), record.getCauseCount(),
                        record.getDirectionCount(), record.getMeasureCount()),
                result.report()::toText);
        assertEquals(Integer.parseInt(expected.get("notes")), record.getReview().getNotes().size(),
                () -> String.join("\n", record.getReview().getNotes()));
        if (expected.containsKey("summaries")) {
            assertEquals(expected.get("summaries"), numbers(
                    record.getReview().getAspects().stream().filter(a -> a.getSummary() != null).count(),
                    record.getReview().getDirections().stream().filter(d -> d.getSummary() != null).count()));
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everySentenceEndsUpInTheRecord(String document) throws ImportException {
        List<String> lines = Corpus.sourceLines(document);
        String text = Documents.text(imported(document)).replaceAll("\\s", "");
        List<String> sentences = Documents.sentences(lines);
        assertTrue(sentences.size() > 20, document);
        List<String> missing = sentences.stream().filter(sentence -> !text.contains(sentence.replaceAll("\\s", "")))
                .toList();
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theMeasuresStatusAndResponsibilities(String document) throws ImportException {
        Record record = imported(document);
        Map<String, String> expected = Corpus.expected(document);
        List<Measure> measures = record.getReview().getDirections().stream().flatMap(d -> d.getMeasures().stream())
                .toList();
        assertEquals(expected.get("statuses"),
                numbers(count(measures, MeasureStatus.DONE), count(measures, MeasureStatus.IN_PROGRESS),
                        count(measures, MeasureStatus.PLANNED)));
        List<String> findings = new ArrayList<>();
        List<String> want = new ArrayList<>();
        expected.forEach((key, value) -> {
            if (key.startsWith("finding ")) {
                want.add(key.substring("finding ".length()) + " = " + value);
            }
        });
        if (want.isEmpty()) {
            assertTrue(measures.stream().allMatch(m -> m.getProblems().isEmpty() && m.getProgress().isEmpty()),
                    document);
            return;
        }
        List<Aspect> aspects = record.getReview().getAspects();
        for (int a = 0; a < aspects.size(); a++) {
            for (Problem problem : aspects.get(a).getProblems()) {
                List<Measure> its = problem.getMeasures();
                Measure first = its.get(0);
                assertTrue(its.stream().allMatch(m -> m.getStatus() == first.getStatus() && m.getProgress().size() == 1
                        && Objects.equals(m.getDeadline(), first.getDeadline())), document);
                findings.add((a + 1) + "." + problem.getNumber() + " = " + its.size() + " " + first.getStatus() + " "
                        + first.getResponsibleLeader().getName() + " " + first.getResponsibleUnit().getName() + " "
                        + (first.getDeadline() == null ? "- " + first.getKind() : first.getDeadline()));
            }
        }
        assertEquals(want, findings);
        for (int i = 0; i < aspects.size(); i++) {
            Direction direction = record.getReview().getDirections().get(i);
            assertEquals(List.of(aspects.get(i).getLabel(), aspects.get(i).getTitle()),
                    List.of(direction.getLabel(), direction.getHeading()));
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theReportNamesTheShapesRecognised(String document) throws ImportException {
        RecognitionReport report = DocumentImport.read(Corpus.file(document)).report();
        for (String shape : Corpus.expected(document).get("shapes").split(" ")) {
            String message = switch (shape) {
                case "wrapped" -> Messages.foundWrapped;
                case "title" -> Messages.foundTitleLines;
                case "ordinals" -> Messages.foundOrdinals;
                case "progress" -> Messages.foundProgressReport;
                case "pdf" -> Messages.foundPdf;
                case "running" -> Messages.foundPdfRunning;
                default -> throw new IllegalArgumentException(shape);
            };
            String start = message.substring(0, message.indexOf('{'));
            assertTrue(report.findings().stream().anyMatch(f -> f.message().startsWith(start)),
                    () -> shape + ":\n" + report.toText());
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void addedToARegisterWithItsLeadersAndUnits(String document) throws IOException {
        Path file = dir.resolve("register.rectify");
        RegisterImport.into(DocumentImport.read(Corpus.file(document)), file, null);
        Register register = RegisterFiles.load(file);
        Map<String, String> expected = Corpus.expected(document);
        assertEquals(expected.getOrDefault("people", "0"), Integer.toString(register.getPeople().size()));
        assertEquals(expected.getOrDefault("units", "0"), Integer.toString(register.getUnits().size()));
        Record record = register.getRecords().get(0);
        for (var content = record.eAllContents(); content.hasNext();) {
            if (content.next() instanceof Measure measure && measure.getResponsibleLeader() != null) {
                assertNotNull(measure.getResponsibleLeader().eResource(), "the leader is the register's");
                assertNotNull(measure.getResponsibleUnit().eResource(), "the unit is the register's");
            }
        }
        RegisterImport.into(DocumentImport.read(Corpus.file(document)), file, null);
        assertEquals(expected.getOrDefault("people", "0"),
                Integer.toString(RegisterFiles.load(file).getPeople().size()),
                "a second import refers to the people the register has");
    }

    private static long count(List<Measure> measures, MeasureStatus status) {
        return measures.stream().filter(m -> m.getStatus() == status).count();
    }

    private static String numbers(Number... numbers) {
        return String.join(" ", Arrays.stream(numbers).map(String::valueOf).toList());
    }
}
