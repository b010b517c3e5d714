package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import rectify.core.io.RegisterFiles;
import rectify.model.Meeting;
import rectify.model.Record;
import rectify.model.Register;
import rectify.testing.SampleDocuments;
import rectify.testing.SampleRegisterFiles;

/** The sample register and the sample document, as the tests use them. */
final class Fixtures {

    /** Number labels the document writes before sections, problems, measures and causes. */
    private static final Pattern LABEL = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+[.．]|[（(][一二三四五六七八九十]+[）)])");
    private static final String TERMINATORS = "。！？；…";
    private static final String CLOSERS = "”’」』）)》】";

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

    /** @return the meeting of the sample document (the record that is not example data) */
    static Meeting sampleMeeting(Register register) {
        List<Record> real = register.getRecords().stream().filter(r -> !r.isExample()).toList();
        assertEquals(1, real.size(), "one record of the sample register is not example data");
        return (Meeting) real.get(0);
    }

    /** @return the worked example record, with links, archival information and a diagram layout */
    static Record example(Register register) {
        List<Record> examples = register.getRecords().stream().filter(Record::isExample).toList();
        assertEquals(1, examples.size(), "one record of the sample register is example data");
        return examples.get(0);
    }

    /** @return the sample document, as text */
    static Path document() {
        return SampleDocuments.sample("txt");
    }

    /**
     * The sentences of the sample document, without white space: its lines split after 。！？；…
     * (with the closing quotes and brackets that follow), each line's number label taken off.
     */
    static List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        try {
            for (String raw : Files.readAllLines(document())) {
                String line = LABEL.matcher(raw.strip()).replaceFirst("");
                int start = 0;
                for (int k = 0; k < line.length(); k++) {
                    if (TERMINATORS.indexOf(line.charAt(k)) >= 0) {
                        int end = k + 1;
                        while (end < line.length() && (TERMINATORS.indexOf(line.charAt(end)) >= 0
                                || CLOSERS.indexOf(line.charAt(end)) >= 0)) {
                            end++;
                        }
                        add(sentences, line.substring(start, end));
                        start = end;
                        k = end - 1;
                    }
                }
                add(sentences, line.substring(start));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }

    private static void add(List<String> sentences, String text) {
        String sentence = withoutSpace(text);
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }

    /**
     * Fails unless a text holds every sentence of the sample document, in order.
     *
     * @param text the text of an archive, without white space
     */
    static void assertHoldsEverySentenceInOrder(CharSequence text) {
        List<String> sentences = sentences();
        assertTrue(sentences.size() > 100, "sentences in the document: " + sentences.size());
        String all = text.toString();
        int position = 0;
        List<String> missing = new ArrayList<>();
        for (String sentence : sentences) {
            int at = all.indexOf(sentence, position);
            if (at < 0) {
                missing.add(sentence);
            } else {
                position = at + sentence.length();
            }
        }
        if (!missing.isEmpty()) {
            fail(missing.size() + " of " + sentences.size() + " sentences are missing or out of order, first: "
                    + missing.get(0));
        }
    }

    /** @return the text without any white space (ideographic spaces included) */
    static String withoutSpace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
