package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

/** Text escaped for XML reads back as it was, less what XML cannot hold. */
class XmlTextTest {

    @Test
    void markupAndQuotesReadBackAndControlCharactersAndLoneSurrogatesAreLeftOut() throws Exception {
        String text = "对照 A & B <C> \"D\" 'E'\t𠮷\u0001\uD800\uFFFF";

        String escaped = XmlText.escape(text);
        String xml = "<a b=\"" + escaped + "\">" + escaped + "</a>";
        var element = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();

        assertEquals("对照 A & B <C> \"D\" 'E'\t𠮷", element.getTextContent());
        assertEquals("对照 A & B <C> \"D\" 'E' 𠮷", element.getAttribute("b"), "a tab in an attribute reads as a space");
    }
}
