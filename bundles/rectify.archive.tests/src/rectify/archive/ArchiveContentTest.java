package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.archive.internal.pdf.XmpMetadata;
import rectify.model.Problem;
import rectify.model.Record;

/**
 * The archive of the worked example, which has links, archival information and a diagram
 * layout: metadata, stamp, bookmarks, links from the traceability table, appendices.
 */
class ArchiveContentTest {

    @TempDir
    static Path dir;
    private static Record record;
    private static PDDocument pdf;
    private static ArchiveResult result;

    @BeforeAll
    static void archive() throws IOException {
        record = Fixtures.example(Fixtures.sampleRegister());
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            result = archiver.archive(record, dir.resolve("example.pdf"), null);
        }
        pdf = Loader.loadPDF(result.file().toFile());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void theMetadataCarriesTheTitleTheDatesAndTheArchivalFields() throws Exception {
        XMPMetadata xmp;
        try (InputStream in = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            xmp = new DomXmpParser().parse(in.readAllBytes());
        }
        assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
        assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
        assertEquals(record.getReview().getTitle(), xmp.getDublinCoreSchema().getTitle());
        assertEquals(List.of("中共XX省XX厅委员会"), xmp.getDublinCoreSchema().getCreators());
        assertNotNull(xmp.getXMPBasicSchema().getCreateDate());
        XMPSchema archival = xmp.getSchema(XmpMetadata.NAMESPACE);
        assertEquals("X001", archival.getUnqualifiedTextPropertyValue(XmpMetadata.FONDS_CODE));
        assertEquals("X001-2025-Y-JGDW-0001", archival.getUnqualifiedTextPropertyValue(XmpMetadata.REFERENCE));
        assertEquals("Y", archival.getUnqualifiedTextPropertyValue(XmpMetadata.RETENTION));
        assertEquals(result.pages(), archival.getIntegerPropertyValueAsSimple(XmpMetadata.PAGES));
        assertEquals(record.getReview().getTitle(), pdf.getDocumentInformation().getTitle());
        assertEquals(1, pdf.getDocumentCatalog().getOutputIntents().size(), "the sRGB output intent");
    }

    @Test
    void theStampOnPageOneHoldsTheArchivalInformationAndThePageCount() throws IOException {
        StringBuilder stamp = new StringBuilder();
        Pdfs.glyphs(pdf, 1).stream().filter(g -> g.baseline() < 37 * Pdfs.MM).forEach(g -> stamp.append(g.text()));
        assertEquals("X0012025" + "1" + "JGDW永久" + result.pages(), stamp.toString());
        assertTrue(result.warnings().isEmpty(), "nothing to warn about: " + result.warnings());
    }

    @Test
    void bookmarksFollowTheSectionsAndTheAppendices() {
        List<String> top = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            top.add(item.getTitle());
        }
        assertEquals(List.of(record.getReview().getTitle(), "一、存在的主要问题", "二、问题原因剖析", "三、努力方向及整改措施",
                "附件1 问题、原因与整改措施对应表", "附件2 整改台账", "附件3 征求意见情况", "附件4 问题、原因与整改措施关系图"), top);
        PDOutlineItem problems = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
        List<String> aspects = new ArrayList<>();
        problems.children().forEach(item -> aspects.add(item.getTitle()));
        assertEquals(List.of("（一）理论学习", "（二）担当作为", "（三）从严治党"), aspects);
    }

    /** Each problem of the traceability table links to the page where the problem is written. */
    @Test
    void theTraceabilityTableLinksToTheProblems() throws IOException {
        int appendix = pageStartingWith("附件1");
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDAnnotation annotation : pdf.getPage(appendix - 1).getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link) {
                links.add(link);
            }
        }
        List<Problem> problems = record.getReview().getAspects().stream().flatMap(a -> a.getProblems().stream())
                .toList();
        assertEquals(problems.size(), links.size());
        for (int i = 0; i < links.size(); i++) {
            PDPageXYZDestination destination = (PDPageXYZDestination) links.get(i).getDestination();
            PDPage target = destination.getPage();
            int page = pdf.getPages().indexOf(target) + 1;
            assertTrue(page < appendix, "the link leads into the main text");
            String text = Fixtures.withoutSpace(String.join("", Pdfs.lines(pdf, page)));
            assertTrue(text.contains(problems.get(i).getHeadline()),
                    "page " + page + " has " + problems.get(i).getHeadline());
        }
    }

    @Test
    void theAppendicesHaveTheLedgerTheOpinionsAndTheDiagramInVectors() throws IOException {
        String ledger = Fixtures.withoutSpace(String.join("", Pdfs.lines(pdf, pageStartingWith("附件2"))));
        assertTrue(ledger.contains("1.1健全") && ledger.contains("张XX") && ledger.contains("2026年6月30日")
                && ledger.contains("已销号"), ledger);
        String opinions = Fixtures.withoutSpace(String.join("", Pdfs.lines(pdf, pageStartingWith("附件3"))));
        assertTrue(opinions.contains("会前共征集意见建议23条"), opinions);
        int diagram = pageStartingWith("附件4");
        String nodes = Fixtures.withoutSpace(String.join("", Pdfs.lines(pdf, diagram)));
        assertTrue(nodes.contains("问题1.1") && nodes.contains("原因4") && nodes.contains("措施3.3"), nodes);
        PDPage page = pdf.getPage(diagram - 1);
        assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "no images: the diagram is drawn");
    }

    private static int pageStartingWith(String text) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (Pdfs.lines(pdf, page).get(0).strip().startsWith(text)) {
                return page;
            }
        }
        throw new AssertionError("no page starts with " + text);
    }
}
