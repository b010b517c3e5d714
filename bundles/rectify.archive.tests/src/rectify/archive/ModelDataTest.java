package rectify.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.model.Register;

/** PDF/A-3b archives carry their record's model data, which reads back equal to the source. */
class ModelDataTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void theEmbeddedRegisterReadsBackEqualToTheSourceRecord(boolean example) throws Exception {
        Register register = Fixtures.sampleRegister();
        Record source = example ? Fixtures.example(register) : Fixtures.sampleMeeting(register);
        Path file = dir.resolve("record.pdf");
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults().withPart(PdfaPart.PDFA_3B))) {
            archiver.archive(source, file, null);
        }

        Path data = dir.resolve("embedded." + RegisterFiles.EXTENSION);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            Map<String, PDComplexFileSpecification> files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles()
                    .getNames();
            assertEquals(1, files.size(), "one embedded file: " + files.keySet());
            PDComplexFileSpecification specification = files.values().iterator().next();
            assertEquals("Source", specification.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
            COSArray associated = pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertEquals(1, associated.size(), "associated with the document");
            assertEquals("application/xml", specification.getEmbeddedFile().getSubtype());
            Files.write(data, specification.getEmbeddedFile().toByteArray());
            XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
        }

        Resource resource = RegisterFiles.load(RegisterFiles.newResourceSet(), data);
        EObject read = resource.getEObject(EcoreUtil.getURI(source).fragment());
        assertNotNull(read, "the record keeps its identifier");
        assertTrue(EcoreUtil.equals(source, read), "the record reads back equal to the source");
        Register copy = (Register) resource.getContents().get(0);
        assertEquals(register.getFondsCode(), copy.getFondsCode());
        assertTrue(copy.getRecords().size() <= register.getRecords().size());
    }

    @Test
    void aPdfA2ArchiveEmbedsNothing() throws IOException {
        Path file = dir.resolve("record.pdf");
        try (RecordArchiver archiver = new RecordArchiver(ArchiveOptions.defaults())) {
            archiver.archive(Fixtures.example(Fixtures.sampleRegister()), file, null);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertNull(pdf.getDocumentCatalog().getNames(), "no embedded files in PDF/A-2");
        }
    }
}
