package rectify.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import rectify.archive.internal.Messages;
import rectify.archive.internal.content.RecordDocument;
import rectify.archive.internal.content.Terms;
import rectify.archive.internal.fonts.FontSet;
import rectify.archive.internal.layout.Layout;
import rectify.archive.internal.layout.LineBreaker;
import rectify.archive.internal.ofd.OfdWriter;
import rectify.archive.internal.pdf.AssociatedFile;
import rectify.archive.internal.pdf.DocumentInfo;
import rectify.archive.internal.pdf.PdfWriter;
import rectify.archive.internal.pdf.RecordExtract;
import rectify.core.io.AtomicSave;
import rectify.core.io.FileNames;
import rectify.core.io.RegisterFiles;
import rectify.model.ArchivalInfo;
import rectify.model.Record;

/**
 * Writes records as PDF/A documents in the layout of official documents (GB/T 9704-2012): A4,
 * a type area of 156 × 225 mm, 22 lines of 28 characters, the title in 2号 Song, body text in
 * 3号 FangSong, headings in Hei and Kai, Chinese line breaking and justified lines, page numbers
 * "— N —"; the archival stamp of DA/T 22-2015 on the first page. The document holds the record's
 * material as written, then four appendices: the traceability table (its problems link to the
 * text), the rectification ledger, the opinions summary, and the diagram as vector graphics.
 * <p>
 * PDF/A-2b by default; PDF/A-3b embeds the record with what it references as a register file
 * ({@code .rectify}, associated with the document as its source), which {@link RegisterFiles}
 * reads back. The XMP metadata carries the title, the organization as creator, the dates and the
 * archival fields of DA/T 22-2015; the outline has a bookmark per section, aspect,
 * cause, direction and appendix.
 * <p>
 * Decisions on bad input: a record without (complete) archival information is archived with the
 * missing cells of the stamp left blank for filling in by hand, and a warning; characters that
 * no installed font has are drawn as □, with a warning listing them; diagrams of more than 600
 * boxes are not drawn. Files are written atomically: a failed or cancelled archive leaves
 * nothing behind.
 * <p>
 * The fonts are resolved once, when the archiver is made ({@link FontRole}); close it to release
 * them, once no archive is being written. An archiver may write archives on several threads at
 * once: each archive has a layout and a document of its own, and the fonts are only read.
 */
public final class RecordArchiver implements AutoCloseable {

    private static final String ATTACHMENT_TYPE = "application/xml";
    private static final String ATTACHMENT_RELATIONSHIP = "Source";

    private final ArchiveOptions options;
    private final FontSet fonts;

    /**
     * Makes an archiver and resolves its fonts.
     *
     * @param options the PDF/A part and the fonts
     * @throws ArchiveException when a font the user chose cannot be used, or no Chinese TrueType
     *         font is installed; the message says what to install
     */
    public RecordArchiver(ArchiveOptions options) throws ArchiveException {
        PdfWriter.prepare();
        this.options = options;
        this.fonts = FontSet.resolve(options);
    }

    /** @return the options the archiver was made with */
    public ArchiveOptions options() {
        return options;
    }

    /** @return the font of each role, in the order of {@link FontRole} */
    public List<FontChoice> fonts() {
        return fonts.choices();
    }

    /**
     * Archives a record.
     *
     * @param record a record, usually in a register
     * @param file the PDF file to write; a file that is there is replaced
     * @param monitor progress and cancellation; {@code null} for none
     * @return the file with its page count and warnings
     * @throws ArchiveException when the file cannot be written; nothing was written then
     * @throws OperationCanceledException when the monitor was cancelled; nothing was written then
     */
    public ArchiveResult archive(Record record, Path file, IProgressMonitor monitor) throws ArchiveException {
        return archive(record, file, ArchiveFormat.PDF, monitor);
    }

    /**
     * Archives a record in a format: the same pages in each.
     *
     * @param record a record, usually in a register
     * @param file the file to write; a file that is there is replaced
     * @param format PDF/A (in the part of the options) or OFD
     * @param monitor progress and cancellation; {@code null} for none
     * @return the file with its page count and warnings
     * @throws ArchiveException when the file cannot be written; nothing was written then
     * @throws OperationCanceledException when the monitor was cancelled; nothing was written then
     */
    public ArchiveResult archive(Record record, Path file, ArchiveFormat format, IProgressMonitor monitor)
            throws ArchiveException {
        String title = RecordDocument.title(record);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.taskArchive, title), 100);
        List<String> warnings = new ArrayList<>();
        Layout layout = RecordDocument.lay(record, new LineBreaker(fonts), LocalDate.now(), options.thresholds(),
                warnings,
                progress.split(40));
        Calendar now = GregorianCalendar.from(ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        DocumentInfo info = RecordDocument.info(record, options.part(), layout.pages().size(), now);
        try {
            if (format == ArchiveFormat.OFD) {
                AtomicSave.replace(file, out -> OfdWriter.write(layout, info, out, progress.split(60)));
            } else {
                AtomicSave.replace(file,
                        out -> PdfWriter.write(layout, info, attachment(record), out, progress.split(60)));
            }
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Problem.WRITE_FAILED,
                    NLS.bind(Messages.writeFailed, FileNames.display(file), FileNames.reason(e)), e);
        }
        return new ArchiveResult(file, layout.pages().size(), warnings);
    }

    private AssociatedFile attachment(Record record) throws IOException {
        if (options.part() != PdfaPart.PDFA_3B) {
            return null;
        }
        String name = FileNames.fit(baseName(record) + "." + RegisterFiles.EXTENSION, FileNames.MAX_NAME_BYTES);
        return new AssociatedFile(name, Terms.attachmentDescription, ATTACHMENT_TYPE, ATTACHMENT_RELATIONSHIP,
                RecordExtract.of(record));
    }

    /**
     * Names the archives of records: the archival reference (档号) when the record has one, else
     * its title, with characters that file systems refuse replaced, shortened to the 255 bytes a
     * file name may take, made unique among the records by a number.
     *
     * @param records some records
     * @return a file name ending in {@code .pdf} for each, in the same order, all different
     */
    public static List<String> fileNames(List<? extends Record> records) {
        return fileNames(records, ArchiveFormat.PDF);
    }

    /**
     * Names the archives of records in a format, as {@link #fileNames(List)} does.
     *
     * @param records some records
     * @param format the format
     * @return a file name ending in the format's extension for each, in the same order, all different
     */
    public static List<String> fileNames(List<? extends Record> records, ArchiveFormat format) {
        String extension = format.extension();
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Record record : records) {
            String base = baseName(record);
            String name = FileNames.fit(base + extension, FileNames.MAX_NAME_BYTES);
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "-" + n + extension; //$NON-NLS-1$
                name = FileNames.fit(base, FileNames.MAX_NAME_BYTES - FileNames.bytes(suffix)) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    private static String baseName(Record record) {
        ArchivalInfo info = record.getArchivalInfo();
        String name = info != null && info.getReference() != null ? info.getReference()
                : record.getTitle() != null && !record.getTitle().isBlank() ? record.getTitle()
                        : EcoreUtil.getURI(record).fragment();
        return name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    @Override
    public void close() {
        fonts.close();
    }
}
