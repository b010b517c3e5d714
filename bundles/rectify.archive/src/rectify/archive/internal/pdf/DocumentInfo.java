package rectify.archive.internal.pdf;

import java.util.Calendar;
import java.util.Map;

import rectify.archive.PdfaPart;

/**
 * What the PDF says about itself, in its document information and its XMP metadata.
 *
 * @param part the PDF/A part
 * @param title the title (dc:title)
 * @param author the organization that made the record (dc:creator); may be {@code null}
 * @param subject the record's title (dc:description); may be {@code null}
 * @param date when the archive was made, to the second
 * @param archival the archival fields by their names in the Rectify archive schema, only those with a
 *        value (see {@link XmpMetadata})
 */
public record DocumentInfo(PdfaPart part, String title, String author, String subject, Calendar date,
        Map<String, Object> archival) {
}
