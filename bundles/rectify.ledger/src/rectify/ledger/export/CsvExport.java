package rectify.ledger.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import rectify.core.io.AtomicSave;
import rectify.ledger.Column;
import rectify.ledger.Table;

/**
 * Writes a table as CSV (RFC 4180): UTF-8 with a byte order mark, which Excel needs to read Chinese
 * correctly; a header line; lines ended by CR LF; fields quoted when they hold a comma, a quote, a
 * line break or leading or trailing spaces; dates as {@code yyyy-MM-dd}.
 */
public final class CsvExport {

    /** The byte order mark of UTF-8, first in every file. */
    public static final String BOM = "\uFEFF"; //$NON-NLS-1$

    private static final String LINE_END = "\r\n"; //$NON-NLS-1$

    private CsvExport() {
    }

    /**
     * Writes a table to a file, atomically.
     *
     * @throws ExportException when the file cannot be written; it is then as it was
     */
    public static void write(Table<?> table, Path file) throws ExportException {
        try {
            AtomicSave.replace(file, out -> write(table, out));
        } catch (IOException | RuntimeException e) {
            throw new ExportException(file, e);
        }
    }

    /** Writes a table to a stream, which stays open. */
    public static void write(Table<?> table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BOM);
        writeRows(table, writer);
        writer.flush();
    }

    /**
     * @param text the text of a cell
     * @return the field as CSV writes it
     */
    public static String field(String text) {
        boolean quote = !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))
                || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static <R> void writeRows(Table<R> table, Writer writer) throws IOException {
        List<? extends Column<R>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            writer.write(i == 0 ? "" : ","); //$NON-NLS-1$ //$NON-NLS-2$
            writer.write(field(columns.get(i).header()));
        }
        writer.write(LINE_END);
        for (R row : table.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                writer.write(i == 0 ? "" : ","); //$NON-NLS-1$ //$NON-NLS-2$
                writer.write(field(Table.text(columns.get(i).value(row))));
            }
            writer.write(LINE_END);
        }
    }
}
