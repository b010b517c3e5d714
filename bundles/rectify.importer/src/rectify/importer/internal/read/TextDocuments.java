package rectify.importer.internal.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import rectify.importer.ImportException;
import rectify.importer.ImportException.Problem;

/** Text files: decoded, then one paragraph per line with text (CRLF, LF or CR). */
final class TextDocuments {

    private static final Pattern LINE_END = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]"); //$NON-NLS-1$

    private TextDocuments() {
    }

    static SourceDocument read(Path file, byte[] bytes) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(file, bytes);
        String[] lines = LINE_END.split(decoded.text(), -1);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String text = Paragraph.strip(lines[i]);
            if (!text.isEmpty()) {
                paragraphs.add(Paragraph.plain(i + 1, text));
            }
        }
        if (paragraphs.isEmpty()) {
            throw ImportException.of(file, Problem.EMPTY, null);
        }
        return new SourceDocument(file, decoded.charset(), true, paragraphs);
    }
}
