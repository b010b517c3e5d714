package rectify.archive.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The file embedded in a PDF/A-3 document and associated with the whole document (ISO 19005-3):
 * the only entry of the catalog's {@code AF} array and of its embedded files, with its MIME type,
 * its relationship to the document, its size and date.
 *
 * @param name the file name
 * @param description what it is
 * @param mimeType its MIME type
 * @param relationship how it relates to the document: {@code Source}, {@code Data}, {@code Alternative} …
 * @param data its content
 */
public record AssociatedFile(String name, String description, String mimeType, String relationship, byte[] data) {

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    void attachTo(PDDocument document, Calendar date) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(data));
        file.setSubtype(mimeType);
        file.setSize(data.length);
        file.setCreationDate(date);
        file.setModDate(date);
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile(name);
        specification.setFileUnicode(name);
        specification.setEmbeddedFile(file);
        specification.setEmbeddedFileUnicode(file);
        specification.setFileDescription(description);
        specification.getCOSObject().setName(AF_RELATIONSHIP, relationship);

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, specification));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(specification);
        catalog.getCOSObject().setItem(AF, associated);
    }
}
