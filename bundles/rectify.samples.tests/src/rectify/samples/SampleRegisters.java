package rectify.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;

import rectify.core.io.RegisterFiles;
import rectify.model.Meeting;
import rectify.model.Register;
import rectify.model.Record;
import rectify.testing.SampleDocuments;
import rectify.testing.SampleRegisterFiles;

/** Loads the sample register and the sample document for the tests. */
final class SampleRegisters {

    /** Leading whitespace, including no-break and ideographic spaces, and the same trailing. */
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");

    /** Number labels the model keeps as numbers or not at all: 一、 (sections), 1. (problems, measures), （一） (causes). */
    static final Pattern LABEL = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d+[.．]|[（(][一二三四五六七八九十]+[）)])");

    private static final String TERMINATORS = "。！？；…";
    private static final String CLOSERS = "”’」』）)》】";

    private SampleRegisters() {
    }

    /** The loaded register, with its resource. */
    record Loaded(XMLResource resource, Register register) {

        Meeting meeting() {
            List<Record> real = register.getRecords().stream().filter(r -> !r.isExample()).toList();
            assertEquals(1, real.size(), "one record of the sample register is not example data");
            assertTrue(real.get(0) instanceof Meeting, "the sample document is a meeting record");
            return (Meeting) real.get(0);
        }

        Record example() {
            List<Record> examples = register.getRecords().stream().filter(Record::isExample).toList();
            assertEquals(1, examples.size(), "one record of the sample register is example data");
            return examples.get(0);
        }
    }

    /**
     * Loads the bundled register through the file layer, as the product does: copied out of the
     * bundle, then read by {@link RegisterFiles}, which refuses anything less than a whole register.
     */
    static Loaded load() {
        URL url = Samples.sampleRegister();
        try {
            XMLResource resource = (XMLResource) RegisterFiles.load(RegisterFiles.newResourceSet(),
                    SampleRegisterFiles.copy());
            return new Loaded(resource, (Register) resource.getContents().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }

    /** @return the sample document, as text */
    static Path document() {
        return SampleDocuments.sample("txt");
    }

    /** The lines of the sample document that have text, without the spaces at their ends. */
    static List<String> documentLines() {
        try {
            return Files.readAllLines(document()).stream().map(SampleRegisters::clean).filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clean(String line) {
        return EDGE_SPACE.matcher(line).replaceAll("");
    }

    /** A sentence with the number of the document line it comes from (1-based, counting lines with text). */
    record Sentence(int line, String text) {

        @Override
        public String toString() {
            return "line " + line + ": " + text;
        }
    }

    /**
     * Splits the document into sentences: at line breaks and after 。！？；… (with the closing
     * quotes and brackets that follow), after taking off each line's leading number label.
     */
    static List<Sentence> sentences(List<String> lines) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = LABEL.matcher(lines.get(i)).replaceFirst("");
            int start = 0;
            for (int k = 0; k < line.length(); k++) {
                if (TERMINATORS.indexOf(line.charAt(k)) >= 0) {
                    int end = k + 1;
                    while (end < line.length()
                            && (TERMINATORS.indexOf(line.charAt(end)) >= 0 || CLOSERS.indexOf(line.charAt(end)) >= 0)) {
                        end++;
                    }
                    add(sentences, i + 1, line.substring(start, end));
                    start = end;
                    k = end - 1;
                }
            }
            add(sentences, i + 1, line.substring(start));
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, int line, String text) {
        String sentence = clean(text);
        if (!sentence.isEmpty()) {
            sentences.add(new Sentence(line, sentence));
        }
    }

    /**
     * The text of an object's string attributes and of its contents, in model order: the
     * features of each object in the order of its class, contained objects where their
     * containment feature comes, many-valued features in list order. Derived and transient
     * features are left out.
     */
    static String text(EObject object) {
        StringBuilder text = new StringBuilder();
        gather(object, text);
        return text.toString();
    }

    private static void gather(EObject object, StringBuilder text) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || !object.eIsSet(feature)) {
                continue;
            }
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute attribute
                    && attribute.getEAttributeType().getInstanceClass() == String.class) {
                if (feature.isMany()) {
                    ((List<?>) value).forEach(text::append);
                } else {
                    text.append(value);
                }
            } else if (feature instanceof EReference reference && reference.isContainment()) {
                if (feature.isMany()) {
                    for (Object child : (List<?>) value) {
                        gather((EObject) child, text);
                    }
                } else {
                    gather((EObject) value, text);
                }
            }
        }
    }
}
