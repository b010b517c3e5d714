package rectify.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.importer.Finding.Kind;
import rectify.importer.internal.Messages;

/**
 * What the recognition of a document found, for review before the record is added: what was
 * recognised, what was inferred and should be checked, and what could not be placed (kept in
 * the record as notes, so that no sentence is lost).
 *
 * @param document the document
 * @param format what the document was read as: Word, or text in a character set
 * @param lines whether positions are lines of a text file rather than paragraphs of a Word
 *        document
 * @param findings the findings, in document order within each kind
 */
public record RecognitionReport(Path document, String format, boolean lines, List<Finding> findings) {

    public RecognitionReport {
        findings = List.copyOf(findings);
    }

    /** @return the findings of one kind, in document order */
    public List<Finding> findings(Kind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).toList();
    }

    /** @return where a finding is, as a reader says it: "line 7", "paragraph 7"; empty for the whole document */
    public String where(Finding finding) {
        if (finding.position() <= 0) {
            return ""; //$NON-NLS-1$
        }
        return NLS.bind(lines ? Messages.atLine : Messages.atParagraph, finding.position());
    }

    /**
     * @return the report as lines of text for people: a heading, then the findings of each kind
     *         under its own heading, one per line, indented
     */
    public String toText() {
        StringBuilder out = new StringBuilder(
                NLS.bind(Messages.reportTitle, FileNames.escape(String.valueOf(document.getFileName())), format));
        section(out, Messages.reportRecognised, Kind.RECOGNISED);
        section(out, Messages.reportInferred, Kind.INFERRED);
        section(out, Messages.reportNotPlaced, Kind.NOT_PLACED);
        return out.toString();
    }

    private void section(StringBuilder out, String title, Kind kind) {
        out.append(System.lineSeparator()).append(title);
        List<Finding> selected = findings(kind);
        String body = selected.isEmpty() ? "  " + Messages.reportNone //$NON-NLS-1$
                : selected.stream().map(this::line).collect(Collectors.joining(System.lineSeparator()));
        out.append(System.lineSeparator()).append(body);
    }

    private String line(Finding finding) {
        String where = where(finding);
        return "  " + (where.isEmpty() ? "" : where + Messages.reportPositionSeparator) + finding.message(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
