package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import rectify.importer.Finding;
import rectify.importer.Finding.Kind;
import rectify.importer.internal.Messages;

/** The findings of a recognition, and the paragraphs it keeps as notes. */
final class Findings {

    private static final int EXCERPT = 24;

    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Finding finding) {
        findings.add(finding);
    }

    void recognised(int position, String pattern, Object... args) {
        findings.add(new Finding(Kind.RECOGNISED, position, NLS.bind(pattern, args)));
    }

    void inferred(int position, String pattern, Object... args) {
        findings.add(new Finding(Kind.INFERRED, position, NLS.bind(pattern, args)));
    }

    /** Keeps a paragraph as a note of the record, saying why it has no place. */
    void note(Line line, String pattern, Object... args) {
        noteText(line.position(), line.text(), pattern, args);
    }

    /** Keeps a text at a position as a note of the record, saying why it has no place. */
    void noteText(int position, String text, String pattern, Object... args) {
        notes.add(text);
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…"; //$NON-NLS-1$
        findings.add(new Finding(Kind.NOT_PLACED, position,
                NLS.bind(pattern, args) + NLS.bind(Messages.excerpt, excerpt)));
    }

    List<Finding> findings() {
        return findings;
    }

    List<String> notes() {
        return notes;
    }
}
