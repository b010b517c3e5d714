package rectify.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import rectify.core.io.AtomicSave;
import rectify.core.io.FileNames;
import rectify.documents.internal.Body;
import rectify.documents.internal.Messages;
import rectify.documents.internal.Styles;
import rectify.documents.internal.Template;
import rectify.documents.internal.content.Content;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.urgency.WarningThresholds;

/**
 * Writes the documents users hand in as Word documents (.docx), from a record and a template: the
 * template's wording with its placeholders filled, and the record's material, measures, progress,
 * lists or meeting in its styles (headings in Word's heading styles, real tables), so that users
 * go on editing in Word or WPS. The shipped templates are in the layout of GB/T 9704 (A4, type
 * area 156 × 225 mm, 22 lines of 28 characters through the document grid, title in 方正小标宋简体
 * 2号, body in 仿宋_GB2312 3号, headings in 黑体 and 楷体_GB2312, page numbers "— N —" on the right
 * of odd pages and the left of even ones).
 * <p>
 * A template must hold the block placeholders of its document and no placeholder the document does
 * not know; a template that is not a Word document, is damaged or expands like a zip bomb is
 * refused with a message naming it. Files are written atomically: a failed or cancelled document
 * leaves nothing behind, and the file that was there survives.
 */
public final class WordDocuments {

    /** The file name extension of the documents, with its dot. */
    public static final String EXTENSION = ".docx";

    private final DocumentTemplates templates;
    private final WarningThresholds thresholds;

    /**
     * @param templates where each document's template comes from
     * @param thresholds when an open measure is due soon, for the lists
     */
    public WordDocuments(DocumentTemplates templates, WarningThresholds thresholds) {
        this.templates = templates;
        this.thresholds = thresholds;
    }

    /**
     * Writes a document of a record.
     *
     * @param record the record
     * @param kind the document
     * @param file the .docx to write; a file that is there is replaced
     * @param today the day the document is made, on which progress is reported and which it is signed
     * @param monitor progress and cancellation; {@code null} for none
     * @return the file
     * @throws DocumentException when the template cannot be used or the file cannot be written; nothing was written then
     * @throws OperationCanceledException when the monitor was cancelled; nothing was written then
     */
    public Path write(Record record, DocumentKind kind, Path file, LocalDate today, IProgressMonitor monitor)
            throws DocumentException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.taskWrite, kind.label(), record.getTitle()),
                3);
        if (record.getReview() == null && kind != DocumentKind.MEETING) {
            throw new DocumentException(DocumentException.Problem.NOTHING_TO_WRITE,
                    NLS.bind(Messages.noReview, FileNames.display(String.valueOf(record.getTitle()))), null);
        }
        try (XWPFDocument document = fill(record, kind, today)) {
            progress.worked(2);
            progress.checkCanceled();
            AtomicSave.replace(file, document::write);
            progress.worked(1);
            return file;
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Problem.WRITE_FAILED,
                    NLS.bind(Messages.writeFailed, FileNames.display(file), FileNames.reason(e)), e);
        }
    }

    private XWPFDocument fill(Record record, DocumentKind kind, LocalDate today) throws DocumentException, IOException {
        Template template;
        try (InputStream in = templates.open(kind)) {
            template = Template.open(in, templates.name(kind));
        }
        Content content = Content.of(kind, record, today, thresholds);
        Map<String, String> values = content.values();
        Map<String, Consumer<Body>> blocks = content.blocks();
        template.check(values.keySet(), blocks.keySet(), kind.label());
        Styles.complete(template.document());
        template.fill(values, blocks);
        XWPFDocument document = template.document();
        var properties = document.getProperties().getCoreProperties();
        properties.setTitle(values.get("title"));
        if (record.eContainer() instanceof Register register && register.getOrganizationName() != null) {
            properties.setCreator(register.getOrganizationName());
        }
        return document;
    }

    /**
     * @param record a record
     * @param kind a document
     * @return a file name for the document of the record: its title and the document's name, e.g.
     *         {@code 2021年度民主生活会-整改方案.docx}, with characters that file systems refuse replaced
     */
    public static String fileName(Record record, DocumentKind kind) {
        String title = record.getTitle() == null || record.getTitle().isBlank() ? kind.code()
                : record.getTitle().strip();
        String base = (title + "-" + Content.documentName(kind)).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return FileNames.fit(base, FileNames.MAX_NAME_BYTES - FileNames.bytes(EXTENSION)) + EXTENSION;
    }
}
