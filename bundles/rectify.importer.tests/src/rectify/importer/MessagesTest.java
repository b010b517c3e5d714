package rectify.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import rectify.importer.internal.Messages;

/** Every message in English and in Chinese, escaped as NLS reads them. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertTrue(b >= 0, name + " has non-ASCII characters");
            }
            properties.load(new java.io.ByteArrayInputStream(bytes));
        }
        return properties;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void englishAndChineseHaveEveryMessage() throws IOException {
        Set<String> fields = new TreeSet<>();
        for (Field field : Messages.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                fields.add(field.getName());
            }
        }
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(fields, new TreeSet<>(english.stringPropertyNames()));
        assertEquals(fields, new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : fields) {
            assertTrue(hasHan(chinese.getProperty(key)) || chinese.getProperty(key).equals(english.getProperty(key))
                    || key.equals("reportPositionSeparator") || key.equals("excerpt"), "Chinese " + key);
        }
        assertTrue(new String(Messages.class.getResourceAsStream("messages_zh.properties").readAllBytes(),
                StandardCharsets.US_ASCII).contains("\\u"));
    }
}
