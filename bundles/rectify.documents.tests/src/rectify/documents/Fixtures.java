package rectify.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import rectify.core.io.RegisterFiles;
import rectify.model.Aspect;
import rectify.model.Cause;
import rectify.model.Direction;
import rectify.model.Example;
import rectify.model.Measure;
import rectify.model.Problem;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.urgency.WarningThresholds;
import rectify.testing.SampleRegisterFiles;

/** The sample register, its records, their texts, and LibreOffice to open what is written. */
final class Fixtures {

    /** The day the documents of the tests are made. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private Fixtures() {
    }

    /** @return the bundled sample register, loaded from a copy through the file layer */
    static Register sampleRegister() {
        try {
            return RegisterFiles.load(SampleRegisterFiles.copy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the record of the sample document, the 2021 meeting (the record that is not example data) */
    static Record sampleMeeting(Register register) {
        List<Record> real = register.getRecords().stream().filter(r -> !r.isExample()).toList();
        assertEquals(1, real.size(), "one record of the sample register is not example data");
        return real.get(0);
    }

    /** @return the worked example, with leaders, units, deadlines, statuses and progress */
    static Record example(Register register) {
        return register.getRecords().stream().filter(Record::isExample).findFirst().orElseThrow();
    }

    /** @return a writer of the shipped templates */
    static WordDocuments writer() {
        return new WordDocuments(DocumentTemplates.shipped(), WarningThresholds.DEFAULT);
    }

    /**
     * Every text of a record's material, in the order of the document: the preamble, each aspect's
     * title and summary and its problems' headlines, explanations and examples, the causes, each
     * direction's heading and summary and its measures, the notes.
     */
    static List<String> texts(Record record) {
        List<String> texts = new ArrayList<>();
        Review review = record.getReview();
        review.getPreamble().forEach(text -> add(texts, text));
        for (Aspect aspect : review.getAspects()) {
            add(texts, aspect.getTitle());
            add(texts, aspect.getSummary());
            for (Problem problem : aspect.getProblems()) {
                add(texts, problem.getHeadline());
                add(texts, problem.getExplanation());
                for (Example example : problem.getExamples()) {
                    add(texts, example.getLead());
                    add(texts, example.getText());
                }
            }
        }
        add(texts, review.getCausesIntro());
        for (Cause cause : review.getCauses()) {
            add(texts, cause.getHeadline());
            add(texts, cause.getAnalysis());
        }
        add(texts, review.getDirectionsIntro());
        for (Direction direction : review.getDirections()) {
            add(texts, direction.getHeading());
            add(texts, direction.getSummary());
            for (Measure measure : direction.getMeasures()) {
                add(texts, measure.getHeadline());
                add(texts, measure.getText());
            }
        }
        review.getNotes().forEach(text -> add(texts, text));
        return texts;
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(withoutSpace(text));
        }
    }

    /** @return the text without any white space (ideographic spaces included) */
    static String withoutSpace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    /** @return the texts that a text does not hold in this order, none when it holds all */
    static List<String> missingInOrder(String text, List<String> texts) {
        List<String> missing = new ArrayList<>();
        int position = 0;
        for (String expected : texts) {
            int at = text.indexOf(expected, position);
            if (at < 0) {
                missing.add(expected);
            } else {
                position = at + expected.length();
            }
        }
        return missing;
    }

    /**
     * Converts Word documents to PDF with LibreOffice, as a user's office would open them, in a
     * profile of its own so that other LibreOffice processes do not interfere.
     *
     * @param documents the .docx files
     * @param folder where the PDFs go, one per document with its name
     * @return the PDFs, in order
     */
    static List<Path> convertWithLibreOffice(List<Path> documents, Path folder)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                        "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.toString()));
        documents.forEach(document -> command.add(document.toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("soffice.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new AssertionError(
                    "LibreOffice (soffice) is needed; ./rectify test installs libreoffice-writer-nogui", e);
        }
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "LibreOffice finished");
        String log = Files.readString(folder.resolve("soffice.log"));
        assertEquals(0, process.exitValue(), "LibreOffice converted without error: " + log);
        List<Path> pdfs = new ArrayList<>();
        for (Path document : documents) {
            String name = document.getFileName().toString();
            Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertTrue(Files.size(pdf) > 1000, "LibreOffice wrote " + pdf + ": " + log);
            pdfs.add(pdf);
        }
        return pdfs;
    }
}
