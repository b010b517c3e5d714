package rectify.archive.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import rectify.archive.PdfaPart;

/** The XMP packet of an archive, read back by XMPBox's strict parser. */
class XmpMetadataTest {

    @Test
    void whatARecordSaysReadsBackAsItWasEvenWithMarkupAndControlCharacters() throws Exception {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        date.clear();
        date.set(2026, Calendar.DECEMBER, 7, 9, 30, 5);
        Map<String, Object> archival = new LinkedHashMap<>();
        archival.put(XmpMetadata.YEAR, 2021);
        archival.put(XmpMetadata.REFERENCE, "X001-2021-Y-<1>&2");
        DocumentInfo info = new DocumentInfo(PdfaPart.PDFA_3B, "对照检查 A & B <C> \"D\"\u0001", "中共XX厅委员会", null,
                date, archival);

        XMPMetadata xmp = new DomXmpParser().parse(XmpMetadata.of(info));

        assertEquals("对照检查 A & B <C> \"D\"", xmp.getDublinCoreSchema().getTitle());
        assertEquals(List.of("中共XX厅委员会"), xmp.getDublinCoreSchema().getCreators());
        assertNull(xmp.getDublinCoreSchema().getDescription());
        assertEquals(List.of("zh-CN"), xmp.getDublinCoreSchema().getLanguages());
        assertEquals(date.toInstant(), xmp.getXMPBasicSchema().getCreateDate().toInstant());
        assertEquals(8 * 3600 * 1000, xmp.getXMPBasicSchema().getModifyDate().getTimeZone().getRawOffset());
        assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
        assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
        assertEquals(XmpMetadata.PRODUCER, xmp.getAdobePDFSchema().getProducer());
        XMPSchema fields = xmp.getSchema(XmpMetadata.NAMESPACE);
        assertEquals(2021, fields.getIntegerPropertyValueAsSimple(XmpMetadata.YEAR));
        assertEquals("X001-2021-Y-<1>&2", fields.getUnqualifiedTextPropertyValue(XmpMetadata.REFERENCE));
    }
}
