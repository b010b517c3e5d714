package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both languages have every message of each package (register files, merges), and the files are
 * escaped as NLS reads them (ISO-8859-1).
 */
class RegisterMessagesTest {

    static List<Class<?>> messages() throws ClassNotFoundException {
        return List.of(Messages.class, Class.forName("rectify.core.merge.Messages"));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void englishAndChineseHaveEveryMessage(Class<?> messages) throws IOException {
        Set<String> fields = new TreeSet<>();
        for (Field field : messages.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                fields.add(field.getName());
            }
        }
        assertEquals(fields, keys(messages, "messages.properties"));
        assertEquals(fields, keys(messages, "messages_zh.properties"));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void theFilesAreAscii(Class<?> messages) throws IOException {
        for (String name : new String[] { "messages.properties", "messages_zh.properties" }) {
            try (InputStream in = messages.getResourceAsStream(name)) {
                byte[] bytes = in.readAllBytes();
                assertEquals(new String(bytes, StandardCharsets.US_ASCII),
                        new String(bytes, StandardCharsets.ISO_8859_1), name + " has non-ASCII characters");
                for (byte b : bytes) {
                    assertTrue(b >= 0, name + " has non-ASCII characters");
                }
            }
        }
    }

    private static Set<String> keys(Class<?> messages, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = messages.getResourceAsStream(name)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
