package rectify.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.importer.ImportException.Problem;

/**
 * Inputs that are no document to import: each is refused within bounded time with a message
 * that names the file and the problem, and the register it was to go into is untouched.
 */
class BadInputTest {

    /** Every refusal here takes well under a second; the bound leaves room for a slow machine. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String WORD_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    @TempDir
    Path dir;

    private Path register;
    private byte[] registerBefore;

    @BeforeEach
    void register() throws IOException {
        register = Files.copy(Documents.copyOfSampleRegister(), dir.resolve("register.rectify"));
        registerBefore = Files.readAllBytes(register);
    }

    /** Imports the file into the register as the command line does, expecting the problem. */
    private ImportException refused(Path file, Problem problem) throws IOException {
        ImportException refusal = assertTimeout(BOUND, () -> assertThrows(ImportException.class,
                () -> RegisterImport.into(DocumentImport.read(file), register, null)));
        assertEquals(problem, refusal.getProblem(), refusal::getMessage);
        assertTrue(refusal.getMessage().contains(file.getFileName().toString()), refusal.getMessage());
        assertArrayEquals(registerBefore, Files.readAllBytes(register), "the register is unchanged");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".")
                    || f.getFileName().toString().endsWith(".bak")).toList(), "no backup or temporary file");
        }
        return refusal;
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void notADocxAtAll() throws IOException {
        Path rtf = Files.write(dir.resolve("material.docx"), "{\\rtf1\\ansi 整改".getBytes(StandardCharsets.UTF_8));
        assertTrue(refused(rtf, Problem.UNSUPPORTED_FORMAT).getMessage().contains("RTF"));
        Path pdf = Files.write(dir.resolve("cut.pdf"),
                "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        refused(pdf, Problem.DAMAGED);
        refused(zip("sheet.docx", "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"),
                Problem.NOT_WORD);
        refused(zip("empty.docx"), Problem.NOT_WORD);
        refused(zip("text.odt", "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"),
                Problem.UNSUPPORTED_FORMAT);
        byte[] docx = Files.readAllBytes(Documents.sample("docx"));
        refused(Files.write(dir.resolve("cut.docx"), Arrays.copyOf(docx, docx.length / 2)), Problem.DAMAGED);
        refused(zip("broken.docx", "[Content_Types].xml", WORD_TYPES, "word/document.xml", "<w:document"),
                Problem.DAMAGED);
    }

    @Test
    void anEncryptedDocx() throws IOException {
        Path file = dir.resolve("protected.docx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(container)) {
                Files.copy(Documents.sample("docx"), data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        String message = refused(file, Problem.ENCRYPTED).getMessage();
        assertTrue(message.contains("password") || message.contains("密码"), message);
    }

    @Test
    void aDamagedWord97Document() throws IOException {
        Path file = dir.resolve("old.doc");
        try (POIFSFileSystem container = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            container.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            container.writeFilesystem(out);
        }
        refused(file, Problem.DAMAGED);
    }

    @Test
    void aCutWord97Document() throws IOException {
        byte[] doc = Files.readAllBytes(Documents.sample("doc"));
        refused(Files.write(dir.resolve("cut.doc"), Arrays.copyOf(doc, doc.length / 2)), Problem.DAMAGED);
    }

    /** @return a PDF of one page that says {@code text} in Helvetica */
    private static PDDocument pdf(String text) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        return pdf;
    }

    @Test
    void aPdfProtectedByAPassword() throws IOException {
        Path file = dir.resolve("protected.pdf");
        try (PDDocument pdf = pdf("Rectification report")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        String message = refused(file, Problem.ENCRYPTED).getMessage();
        assertTrue(message.contains("password") || message.contains("密码"), message);
    }

    @Test
    void aScanHasNoText() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(LosslessFactory.createFromImage(pdf, scan), 0, 0, 612, 792);
                }
            }
            pdf.save(file.toFile());
        }
        assertTrue(refused(file, Problem.NO_TEXT).getMessage().contains("3"), "names the pages");
    }

    @Test
    void aPdfBombOfAHugeStreamIsStoppedAfterAFewTensOfMegabytes() throws IOException {
        Path file = dir.resolve("bomb.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            COSStream contents = pdf.getDocument().createCOSStream();
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                for (int i = 0; i < 200; i++) {
                    out.write(spaces);
                }
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            pdf.save(file.toFile());
        }
        assertTrue(Files.size(file) < 1 << 20, "200 MB in " + Files.size(file) + " bytes");
        refused(file, Problem.PDF_BOMB);
    }

    @Test
    void aPdfOfObjectsNestedTooDeep() throws IOException {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        refused(Files.write(dir.resolve("nested.pdf"), pdfOf("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Nested 4 0 R >>",
                nested)), Problem.PDF_BOMB);
    }

    /** @return a PDF file of these objects, numbered from 1, the first the catalog, with its cross-reference table */
    private static byte[] pdfOf(String... objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aZipBombIsStoppedAfterAFewMegabytes() throws IOException {
        Path file = dir.resolve("bomb.docx");
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(WORD_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(Files.size(file) < 1 << 20, "200 MB in " + Files.size(file) + " bytes");
        refused(file, Problem.ZIP_BOMB);
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[1 << 20];
        new Random(7).nextBytes(garbage);
        for (String name : List.of("garbage.txt", "garbage.docx", "garbage")) {
            refused(Files.write(dir.resolve(name), garbage), Problem.BINARY);
        }
        byte[] noCharset = new byte[4096];
        Arrays.fill(noCharset, (byte) 0xFF);
        refused(Files.write(dir.resolve("ff.txt"), noCharset), Problem.UNKNOWN_ENCODING);
    }

    @Test
    void aFiftyMegabyteTextFile() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] sample = Files.readAllBytes(Documents.sample("txt"));
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L << 20; written += sample.length) {
                out.write(sample);
            }
        }
        assertTrue(refused(file, Problem.TOO_LARGE).getMessage().contains("16.0"), "names the limit");
    }

    @Test
    void missingEmptyAndFolders() throws IOException {
        refused(dir.resolve("missing.docx"), Problem.NOT_FOUND);
        refused(Files.createDirectory(dir.resolve("folder.docx")), Problem.NOT_A_FILE);
        refused(Files.write(dir.resolve("blank.txt"), " \r\n\u3000\n".getBytes(StandardCharsets.UTF_8)), Problem.EMPTY);
    }
}
