package rectify.core.io;

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

/** Both languages have every message, and the files are escaped as NLS reads them (ISO-8859-1). */
class RegisterMessagesTest {

    @Test
    void englishAndChineseHaveEveryMessage() throws IOException {
        Set<String> fields = new TreeSet<>();
        for (Field field : Messages.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                fields.add(field.getName());
            }
        }
        assertEquals(fields, keys("messages.properties"));
        assertEquals(fields, keys("messages_zh.properties"));
    }

    @Test
    void theFilesAreAscii() throws IOException {
        for (String name : new String[] { "messages.properties", "messages_zh.properties" }) {
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                byte[] bytes = in.readAllBytes();
                assertEquals(new String(bytes, StandardCharsets.US_ASCII),
                        new String(bytes, StandardCharsets.ISO_8859_1), name + " has non-ASCII characters");
                for (byte b : bytes) {
                    assertTrue(b >= 0, name + " has non-ASCII characters");
                }
            }
        }
    }

    private static Set<String> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
