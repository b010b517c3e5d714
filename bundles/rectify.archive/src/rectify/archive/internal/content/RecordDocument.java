package rectify.archive.internal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import rectify.archive.PdfaPart;
import rectify.archive.internal.Messages;
import rectify.archive.internal.layout.Align;
import rectify.archive.internal.layout.Diagram;
import rectify.archive.internal.layout.Flow;
import rectify.archive.internal.layout.Layout;
import rectify.archive.internal.layout.LineBreaker;
import rectify.archive.internal.layout.PageNumbers;
import rectify.archive.internal.layout.Span;
import rectify.archive.internal.layout.Style;
import rectify.archive.internal.pdf.DocumentInfo;
import rectify.archive.internal.pdf.XmpMetadata;
import rectify.chain.Reviews;
import rectify.model.ArchivalInfo;
import rectify.model.ChainElement;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.model.urgency.WarningThresholds;

/**
 * Lays out the archive of a record: the material as written, then the appendices, each on new
 * pages (traceability table, rectification ledger, opinions summary, diagram), then the page
 * numbers and, once the page count is known, the archival stamp on the first page.
 */
public final class RecordDocument {

    private static final int MAX_LISTED_CHARACTERS = 10;

    private RecordDocument() {
    }

    /**
     * @param record a record
     * @return the document's title: the title of its review, else its own
     */
    public static String title(Record record) {
        return MainText.title(record);
    }

    /**
     * @param record a record
     * @param part the PDF/A part
     * @param pages the number of pages of its archive
     * @param date when the archive is made
     * @return what the archive says about itself: the title, the organization as author, the
     *         record's title as subject, and the archival fields that have a value
     */
    public static DocumentInfo info(Record record, PdfaPart part, int pages, Calendar date) {
        Register register = Words.register(record);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (register != null && !Words.isBlank(register.getFondsCode())) {
            fields.put(XmpMetadata.FONDS_CODE, register.getFondsCode().strip());
        }
        ArchivalInfo archival = record.getArchivalInfo();
        if (archival != null) {
            if (archival.getYear() > 0) {
                fields.put(XmpMetadata.YEAR, archival.getYear());
            }
            if (archival.isSetRetention()) {
                fields.put(XmpMetadata.RETENTION, archival.getRetention().getLiteral());
            }
            if (!Words.isBlank(archival.getOrganizationCode())) {
                fields.put(XmpMetadata.ORGANIZATION_CODE, archival.getOrganizationCode().strip());
            }
            if (archival.getItemNumber() > 0) {
                fields.put(XmpMetadata.ITEM_NUMBER, archival.getItemNumber());
            }
            if (archival.getReference() != null) {
                fields.put(XmpMetadata.REFERENCE, archival.getReference());
            }
        }
        fields.put(XmpMetadata.PAGES, pages);
        fields.put(XmpMetadata.RECORD_ID, EcoreUtil.getURI(record).fragment());
        return new DocumentInfo(part, title(record), register == null ? null : register.getOrganizationName(),
                record.getTitle(), date, fields);
    }

    /**
     * @param record a record
     * @param today the day its measures are judged on
     * @param thresholds the warning thresholds by which measures are coloured
     * @return the diagram its archive draws: a node for each of its review's elements
     *         ({@link rectify.chain.Reviews#elements}, in that order) and an edge for each link; null
     *         when the review has no elements
     */
    public static Diagram diagram(Record record, LocalDate today, WarningThresholds thresholds) {
        Review review = record.getReview();
        List<ChainElement> elements = review == null ? List.of() : Reviews.elements(review);
        return elements.isEmpty() ? null
                : new DiagramAppendix(record, new References(), today, thresholds, new ArrayList<>()).drawing(review,
                        elements);
    }

    /**
     * Lays out a record.
     *
     * @param record the record
     * @param breaker sets the text; its replaced characters are reported in the warnings
     * @param today the day of archiving, on which measures are judged
     * @param thresholds the warning thresholds by which the diagram colours measures
     * @param warnings receives what the reader should know, in the user's language
     * @param monitor progress and cancellation
     * @return the layout
     */
    public static Layout lay(Record record, LineBreaker breaker, LocalDate today, WarningThresholds thresholds,
            List<String> warnings, SubMonitor monitor) {
        References references = new References();
        List<Appendix> appendices = List.of(new TraceabilityTable(record.getReview(), references),
                new Ledger(record.getReview(), references, today), new OpinionsSummary(record),
                new DiagramAppendix(record, references, today, thresholds, warnings));
        monitor.setWorkRemaining(10 + 5 * appendices.size());
        Flow flow = new Flow(breaker);
        new MainText(record, references).write(flow, appendices.stream().map(Appendix::title).toList(),
                monitor.split(10));
        for (int i = 0; i < appendices.size(); i++) {
            Appendix appendix = appendices.get(i);
            String label = NLS.bind(Terms.attachment, i + 1);
            flow.newPage();
            flow.line(Span.of(label, Style.HEADING1), Align.JUSTIFY, 0);
            flow.blankLine();
            flow.title(Span.of(appendix.title(), Style.TITLE), label + " " + appendix.title());
            flow.blankLine();
            appendix.write(flow, monitor.split(5));
        }
        Layout layout = flow.layout();
        PageNumbers.draw(layout.pages(), breaker);
        ArchivalStamp stamp = new ArchivalStamp(record);
        stamp.draw(layout.pages().get(0), layout.pages().size(), breaker);
        if (!stamp.blankFields().isEmpty()) {
            warnings.add(NLS.bind(Messages.stampBlank, String.join(Messages.listSeparator, stamp.blankFields())));
        }
        if (!breaker.replaced().isEmpty()) {
            warnings.add(NLS.bind(Messages.charactersReplaced, breaker.replaced().size(), listed(breaker.replaced())));
        }
        return layout;
    }

    private static String listed(Iterable<Integer> codePoints) {
        List<String> shown = new ArrayList<>();
        for (int codePoint : codePoints) {
            if (shown.size() == MAX_LISTED_CHARACTERS) {
                shown.add("…");
                break;
            }
            shown.add("U+%04X %s".formatted(codePoint, Character.toString(codePoint)));
        }
        return String.join(", ", shown);
    }
}
