package rectify.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.model.Record;
import rectify.model.urgency.WarningThresholds;

/**
 * Templates of an organisation: their own wording is used and the styles they lack are added;
 * templates that cannot serve are refused with a message that names the file and the problem, and
 * nothing is written then (the file that was there stays).
 */
class BadTemplatesTest {

    private static final String DOCUMENT = "word/document.xml";

    @TempDir
    Path dir;
    private Record example;
    private Path out;

    @BeforeEach
    void record() throws IOException {
        example = Fixtures.example(Fixtures.sampleRegister());
        out = dir.resolve("plan.docx");
        Files.writeString(out, "the previous file");
    }

    /** Copies the shipped template of a document with one part changed. */
    private Path template(DocumentKind kind, String name, String part, UnaryOperator<String> change)
            throws IOException {
        Path file = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(DocumentTemplates.shipped(kind));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }

    private DocumentException refused(DocumentKind kind, Path template) {
        WordDocuments writer = new WordDocuments(DocumentTemplates.shipped().with(kind, template),
                WarningThresholds.DEFAULT);
        DocumentException e = assertThrows(DocumentException.class,
                () -> writer.write(example, kind, out, Fixtures.TODAY, null));
        assertEquals(DocumentException.Problem.TEMPLATE, e.problem());
        assertTrue(e.getMessage().contains(template.getFileName().toString()), "names the template: " + e.getMessage());
        return e;
    }

    private void assertNothingWritten() throws IOException {
        assertEquals("the previous file", Files.readString(out), "the previous file stays");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void anOrganisationsWordingIsUsedAndTheStylesItLacksAreAdded() throws Exception {
        Path template = template(DocumentKind.PLAN, "our-plan.docx", DOCUMENT, xml -> xml.replace("为深入抓好", "为切实抓好"));
        Path withoutStyles = template(DocumentKind.PLAN, "no-headings.docx", "word/styles.xml",
                xml -> xml.replaceAll("<w:style w:type=\"paragraph\" w:styleId=\"Heading[12]\">.*?</w:style>", ""));
        WordDocuments writer = new WordDocuments(DocumentTemplates.shipped().with(DocumentKind.PLAN, template),
                WarningThresholds.DEFAULT);
        writer.write(example, DocumentKind.PLAN, out, Fixtures.TODAY, null);
        assertTrue(GeneratedDocumentsTest.wordText(out).contains("为切实抓好"), "the organisation's wording");

        Path split = template(DocumentKind.PLAN, "split.docx", DOCUMENT,
                xml -> xml.replaceFirst("\\{\\{record}}", "{{rec</w:t></w:r><w:r><w:t>ord}}"));
        new WordDocuments(DocumentTemplates.shipped().with(DocumentKind.PLAN, split), WarningThresholds.DEFAULT)
                .write(example, DocumentKind.PLAN, out, Fixtures.TODAY, null);
        assertTrue(GeneratedDocumentsTest.wordText(out).startsWith(example.getTitle() + "整改方案"),
                "a placeholder that Word split over runs is filled");

        new WordDocuments(DocumentTemplates.shipped().with(DocumentKind.PLAN, withoutStyles), WarningThresholds.DEFAULT)
                .write(example, DocumentKind.PLAN, out, Fixtures.TODAY, null);
        try (InputStream in = Files.newInputStream(out); XWPFDocument document = new XWPFDocument(in)) {
            assertTrue(document.getStyles().styleExist("Heading1") && document.getStyles().styleExist("Heading2"),
                    "the heading styles are added");
            assertTrue(document.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle())));
        }
    }

    @Test
    void aTemplateWithoutABlockPlaceholderIsRefused() throws IOException {
        Path template = template(DocumentKind.PLAN, "no-tasks.docx", DOCUMENT, xml -> xml.replace("{{#tasks}}", "见附表"));
        DocumentException e = refused(DocumentKind.PLAN, template);
        assertTrue(e.getMessage().contains("{{#tasks}}"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedWithThoseItKnows() throws IOException {
        Path template = template(DocumentKind.PLAN, "typo.docx", DOCUMENT,
                xml -> xml.replaceFirst("\\{\\{record}}", "{{recrod}}"));
        DocumentException e = refused(DocumentKind.PLAN, template);
        assertTrue(e.getMessage().contains("{{recrod}}") && e.getMessage().contains("{{record}}"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aFileThatIsNoWordDocumentIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("plan-template.docx"), "这不是 Word 文档");
        refused(DocumentKind.PLAN, text);
        Path zip = dir.resolve("other.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("a zip, not a document".getBytes(StandardCharsets.UTF_8));
        }
        refused(DocumentKind.PLAN, zip);
        DocumentException missing = refused(DocumentKind.PLAN, dir.resolve("missing.docx"));
        assertTrue(missing.getMessage().contains("missing.docx"));
        assertNothingWritten();
    }

    /** A document part of 200 MB of spaces, stored in a fraction of a megabyte, is refused long before it is expanded. */
    @Test
    void aZipBombIsRefused() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipInputStream in = new ZipInputStream(DocumentTemplates.shipped(DocumentKind.PLAN));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(DOCUMENT)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    writeSpaces(zip, 200 << 20);
                    zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(bytes);
                }
                zip.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < (2 << 20), "a small file: " + Files.size(bomb));
        long start = System.nanoTime();
        DocumentException e = refused(DocumentKind.PLAN, bomb);
        assertTrue(e.getMessage().contains("bomb") || e.getMessage().contains("炸弹"), e.getMessage());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "refused in bounded time");
        assertNothingWritten();
    }

    private static void writeSpaces(OutputStream out, int count) throws IOException {
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int written = 0; written < count; written += spaces.length) {
            out.write(spaces);
        }
    }
}
