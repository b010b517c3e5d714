package rectify.archive.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import javax.xml.transform.TransformerException;

import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

import rectify.archive.PdfaPart;

/**
 * The XMP metadata of an archive: Dublin Core title, creator, description and language, the XMP
 * dates, the producer, the PDF/A identification, and the archival fields of DA/T 22-2015 in the
 * Rectify archive schema ({@value #NAMESPACE}, prefix {@value #PREFIX}), which the PDF/A extension
 * schema describes so that validators accept it.
 */
public final class XmpMetadata {

    /** The namespace of the archival fields. */
    public static final String NAMESPACE = "urn:rectify:archive:1.0";
    /** The prefix of the archival fields. */
    public static final String PREFIX = "rectify";
    /** 全宗号: the fonds code (Text). */
    public static final String FONDS_CODE = "fondsCode";
    /** 年度: the year (Integer). */
    public static final String YEAR = "year";
    /** 保管期限: the retention code Y, D30 or D10 (Text). */
    public static final String RETENTION = "retentionPeriod";
    /** 机构（问题）代码: the organization or problem code (Text). */
    public static final String ORGANIZATION_CODE = "organizationCode";
    /** 件号: the item number (Integer). */
    public static final String ITEM_NUMBER = "itemNumber";
    /** 档号: the archival reference (Text). */
    public static final String REFERENCE = "archivalReference";
    /** 页数: the number of pages (Integer). */
    public static final String PAGES = "pageCount";
    /** The record's identifier in its register (Text). */
    public static final String RECORD_ID = "recordId";

    /** The software named as creator tool and producer. */
    static final String PRODUCER = "Rectify (Apache PDFBox)";

    private record Field(String name, String type, String description) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field(FONDS_CODE, "Text", "Fonds code (全宗号), DA/T 22-2015"),
            new Field(YEAR, "Integer", "Year (年度), DA/T 22-2015"),
            new Field(RETENTION, "Text", "Retention period code (保管期限): Y, D30 or D10, DA/T 22-2015"),
            new Field(ORGANIZATION_CODE, "Text", "Organization or problem code (机构（问题）代码), DA/T 22-2015"),
            new Field(ITEM_NUMBER, "Integer", "Item number (件号), DA/T 22-2015"),
            new Field(REFERENCE, "Text", "Archival reference (档号), DA/T 22-2015"),
            new Field(PAGES, "Integer", "Number of pages (页数)"),
            new Field(RECORD_ID, "Text", "Identifier of the record in its Rectify register"));

    private XmpMetadata() {
    }

    /**
     * Makes the metadata of an empty document once, which sets up what every later one uses: the
     * XMP type mapping (read from the annotations of its classes) and the XML serializer.
     */
    static void prepare() {
        try {
            of(new DocumentInfo(PdfaPart.PDFA_2B, "", null, null, Calendar.getInstance(), Map.of()));
        } catch (IOException e) {
            // the first document says what is wrong
        }
    }

    /**
     * @param info what to say
     * @return the XMP packet, UTF-8
     * @throws IOException when it cannot be serialized
     */
    static byte[] of(DocumentInfo info) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(info.title());
        if (info.author() != null) {
            dc.addCreator(info.author());
        }
        if (info.subject() != null) {
            dc.setDescription(info.subject());
        }
        dc.addLanguage("zh-CN");
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(info.date());
        basic.setModifyDate(info.date());
        basic.setMetadataDate(info.date());
        basic.setCreatorTool(PRODUCER);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(info.part().part());
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IOException(e);
        }
        describeArchivalFields(xmp);
        XMPSchema archival = new XMPSchema(xmp, NAMESPACE, PREFIX);
        for (Map.Entry<String, Object> field : info.archival().entrySet()) {
            if (field.getValue() instanceof Integer number) {
                archival.setIntegerPropertyValue(field.getKey(), number);
            } else {
                archival.setTextPropertyValue(field.getKey(), String.valueOf(field.getValue()));
            }
        }
        xmp.addSchema(archival);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }

    private static void describeArchivalFields(XMPMetadata xmp) {
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "Rectify archival information"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, NAMESPACE));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PREFIX));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        for (Field field : FIELDS) {
            PDFAPropertyType property = new PDFAPropertyType(xmp);
            property.addProperty(property.createTextType(PDFAPropertyType.NAME, field.name()));
            property.addProperty(property.createTextType(PDFAPropertyType.VALUETYPE, field.type()));
            property.addProperty(property.createTextType(PDFAPropertyType.CATEGORY, "external"));
            property.addProperty(property.createTextType(PDFAPropertyType.DESCRIPTION, field.description()));
            properties.getContainer().addProperty(property);
        }
        schema.addProperty(properties);
        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        schemas.getContainer().addProperty(schema);
        extension.addProperty(schemas);
    }
}
