package rectify.archive.internal.pdf;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import rectify.core.io.XmlText;

/**
 * The XMP metadata of an archive: Dublin Core title, creator, description and language, the XMP
 * dates, the producer, the PDF/A identification, and the archival fields of DA/T 22-2015 in the
 * Rectify archive schema ({@value #NAMESPACE}, prefix {@value #PREFIX}), which the PDF/A extension
 * schema describes so that validators accept it.
 * <p>
 * The packet is written as text, in the form PDFBox's XMPBox writes it: setting up XMPBox (its type
 * mapping, read from annotations) and the JDK's XML serializer took a tenth of a second of every
 * process that archives.
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

    /** The dates as XMP has them: 2026-12-07T11:34:35+08:00. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    /** An item of a list of structures. */
    private static final String RESOURCE = "rdf:li rdf:parseType=\"Resource\"";

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
     * @param info what to say
     * @return the XMP packet, UTF-8
     */
    static byte[] of(DocumentInfo info) {
        Packet xmp = new Packet();
        xmp.open("rdf:Description rdf:about=\"\"");
        xmp.alternative("dc:title", info.title());
        if (info.author() != null) {
            xmp.open("dc:creator").open("rdf:Seq").element("rdf:li", info.author()).close().close();
        }
        if (info.subject() != null) {
            xmp.alternative("dc:description", info.subject());
        }
        xmp.open("dc:language").open("rdf:Bag").element("rdf:li", "zh-CN").close().close();
        xmp.element("dc:format", "application/pdf");
        xmp.close();
        String date = DATE.format(info.date().toInstant().atZone(info.date().getTimeZone().toZoneId()));
        xmp.open("rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\"")
                .element("xmp:CreateDate", date).element("xmp:ModifyDate", date).element("xmp:MetadataDate", date)
                .element("xmp:CreatorTool", PRODUCER).close();
        xmp.open("rdf:Description rdf:about=\"\"").element("pdf:Producer", PRODUCER).close();
        xmp.open("rdf:Description rdf:about=\"\"").element("pdfaid:part", String.valueOf(info.part().part()))
                .element("pdfaid:conformance", "B").close();
        describeArchivalFields(xmp);
        xmp.open("rdf:Description xmlns:" + PREFIX + "=\"" + NAMESPACE + "\" rdf:about=\"\"");
        for (Map.Entry<String, Object> field : info.archival().entrySet()) {
            xmp.element(PREFIX + ":" + field.getKey(), String.valueOf(field.getValue()));
        }
        xmp.close();
        return xmp.end();
    }

    private static void describeArchivalFields(Packet xmp) {
        xmp.open("rdf:Description xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" rdf:about=\"\"")
                .open("pdfaExtension:schemas").open("rdf:Bag").open(RESOURCE)
                .element("pdfaSchema:schema", "Rectify archival information")
                .element("pdfaSchema:namespaceURI", NAMESPACE).element("pdfaSchema:prefix", PREFIX)
                .open("pdfaSchema:property").open("rdf:Seq");
        for (Field field : FIELDS) {
            xmp.open(RESOURCE).element("pdfaProperty:name", field.name())
                    .element("pdfaProperty:valueType", field.type()).element("pdfaProperty:category", "external")
                    .element("pdfaProperty:description", field.description()).close();
        }
        xmp.close().close().close().close().close().close();
    }

    /** An XMP packet being written, indented as XMPBox indents it. */
    private static final class Packet {

        private final StringBuilder text = new StringBuilder(
                "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                        + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\""
                        + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                        + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                        + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        /** The names of the elements open inside {@code rdf:RDF}, the innermost last. */
        private final Deque<String> open = new ArrayDeque<>();

        /** Opens an element: its name and attributes. */
        Packet open(String tag) {
            indent().append('<').append(tag).append(">\n");
            open.addLast(name(tag));
            return this;
        }

        /** Closes the innermost open element. */
        Packet close() {
            String name = open.removeLast();
            indent().append("</").append(name).append(">\n");
            return this;
        }

        /** An element with text: its name and attributes, and the text. */
        Packet element(String tag, String value) {
            indent().append('<').append(tag).append('>').append(XmlText.escape(value)).append("</")
                    .append(name(tag)).append(">\n");
            return this;
        }

        /** A language alternative with only its default. */
        Packet alternative(String name, String value) {
            return open(name).open("rdf:Alt").element("rdf:li xml:lang=\"x-default\"", value).close().close();
        }

        private static String name(String tag) {
            return tag.split(" ", 2)[0];
        }

        private StringBuilder indent() {
            return text.repeat(' ', 2 * (2 + open.size()));
        }

        /** @return the packet, ended, in UTF-8 */
        byte[] end() {
            return text.append("  </rdf:RDF>\n</x:xmpmeta><?xpacket end=\"w\"?>").toString()
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
