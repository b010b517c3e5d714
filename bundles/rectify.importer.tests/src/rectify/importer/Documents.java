package rectify.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import rectify.core.io.RegisterFiles;
import rectify.model.Meeting;
import rectify.model.Record;
import rectify.model.Register;
import rectify.testing.SampleDocuments;
import rectify.testing.SampleRegisterFiles;

/** The sample documents and register, and the sentences of a document, for the tests. */
final class Documents {

    /** Number labels, which the record keeps as numbers, labels or not at all. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分|[0-9０-９]+[.．、]|[（(][一二三四五六七八九十0-9]+[）)])");
    /**
     * What a sentence may start with that the record keeps as structure, not as text: the markers of a
     * progress report's sections, and the ordinal words or numbers that lead items.
     */
    private static final Pattern LEAD = Pattern.compile("^(?:(?:整改措施|整改举措|整改进展|进展情况|整改情况|完成情况|整改成效)[：:]\\s*)?"
            + "(?:(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|第[一二三四五六七八九十]{1,3}(?=[，,、：:]))[，,、：:]?"
            + "|[\\u2460-\\u2473]|[（(][0-9]{1,2}[）)])?");
    private static final String ENDS = "。！？；…：:";
    private static final String CLOSERS = "”’」』）)》】";

    private Documents() {
    }

    /** @return the sample document with this extension (txt or docx) */
    static Path sample(String extension) {
        return SampleDocuments.sample(extension);
    }

    /** @return the lines of the sample text that have text, stripped */
    static List<String> sampleLines() {
        try {
            return Files.readAllLines(sample("txt"), StandardCharsets.UTF_8).stream().map(Documents::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String strip(String line) {
        return line.replaceAll("^[\\s\\u00A0\\u3000\\uFEFF]+|[\\s\\u00A0\\u3000]+$", "");
    }

    /** @return the 2021 meeting of the bundled sample register, built by hand from the sample document */
    static Meeting sampleMeeting() {
        Register register = sampleRegister(copyOfSampleRegister());
        return register.getRecords().stream().filter(r -> !r.isExample()).map(Meeting.class::cast).findFirst()
                .orElseThrow();
    }

    static Path copyOfSampleRegister() {
        return SampleRegisterFiles.copy();
    }

    static Register sampleRegister(Path file) {
        try {
            return RegisterFiles.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the sentences of the lines: each line without its number label, cut after
     *         。！？；… and the closing marks that follow
     */
    static List<String> sentences(List<String> lines) {
        List<String> sentences = new ArrayList<>();
        for (String line : lines) {
            String text = LABEL.matcher(strip(line)).replaceFirst("");
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (ENDS.indexOf(text.charAt(i)) >= 0) {
                    int end = i + 1;
                    while (end < text.length()
                            && (ENDS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                        end++;
                    }
                    add(sentences, text.substring(start, end));
                    start = end;
                    i = end - 1;
                }
            }
            add(sentences, text.substring(start));
        }
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String stripped = strip(LEAD.matcher(strip(sentence)).replaceFirst(""));
        if (!stripped.isEmpty()) {
            sentences.add(stripped);
        }
    }

    /** @return the sentences of the lines that are not in the record's text */
    static List<String> missing(Record record, List<String> lines) {
        String text = text(record);
        return sentences(lines).stream().filter(sentence -> !text.contains(sentence)).toList();
    }

    /** @return the record's strings and its contents' strings, in model order (derived features left out) */
    static String text(EObject object) {
        StringBuilder text = new StringBuilder();
        gather(object, text);
        return text.toString();
    }

    private static void gather(EObject object, StringBuilder text) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || !object.eIsSet(feature)) {
                continue;
            }
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute attribute
                    && attribute.getEAttributeType().getInstanceClass() == String.class) {
                (feature.isMany() ? (List<?>) value : List.of(value)).forEach(text::append);
            } else if (feature instanceof EReference reference && reference.isContainment()) {
                (feature.isMany() ? (List<?>) value : List.of(value)).forEach(child -> gather((EObject) child, text));
            }
        }
    }

    /** Writes lines as a text file in a character set, with a line end, and an optional byte order mark. */
    static Path write(Path file, List<String> lines, java.nio.charset.Charset charset, String lineEnd, byte[] bom) {
        try {
            byte[] body = String.join(lineEnd, lines).concat(lineEnd).getBytes(charset);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            return Files.write(file, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
